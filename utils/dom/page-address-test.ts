import { pageAddresses } from './page-host';

/**
 * The scheme, a leading `www.`, the query, the fragment and a trailing slash: what two spellings of one address
 * differ by.
 */
const ADDRESS_NOISE = /^https?:\/\/(?:www\.)?|\/*(?:[?#].*)?$/gi;
/** A short label before the address, as print footers write it: "URL:", "Article URL:", "Printed from:". */
const LABEL = /^[\p{L} ]{1,30}:(?!\/\/)\s*/u;
/** One address, nothing else: the line a print view sets under the story. */
const ADDRESS_LINE = /^https?:\/\/\S+$/i;
/** A web address's scheme, which the page's own addresses must start with. */
const WEB_SCHEME = /^https?:\/\//i;
const SPACES = /\s+/g;
/** A path from the site's root ("/2019/05/ferry/"), not a protocol-relative address ("//cdn.example/…"). */
const ROOT_PATH = /^\/(?!\/)/;

/** An address without what its spellings differ by, lower case; undefined when it is not a web address. */
function normalise(address: string | null | undefined): string | undefined {
  if (!address || !WEB_SCHEME.test(address.trim())) return undefined;
  const bare = address.trim().replace(ADDRESS_NOISE, '').toLowerCase();
  return bare.includes('/') ? bare : undefined;
}

/**
 * A test for a body line that is only the page's own address (its canonical link, `og:url` or the document's URL),
 * perhaps after a short label ("URL: …"): the line a print view or a text-only page prints under the story so the
 * paper copy says where it came from. The site's home page is never such an address (a path is required), and a
 * sentence giving an address is longer than the address.
 */
export function pageAddressTest(doc: Document): (line: string) => boolean {
  const addresses = new Set<string>();
  for (const address of pageAddresses(doc)) {
    const bare = normalise(address);
    if (bare) addresses.add(bare);
  }
  if (addresses.size === 0) return () => false;
  return (line) => {
    const unlabelled = line.replace(SPACES, ' ').trim().replace(LABEL, '');
    if (!ADDRESS_LINE.test(unlabelled)) return false;
    const bare = normalise(unlabelled);
    return bare !== undefined && addresses.has(bare);
  };
}

/**
 * True when `address`, absolute or a path from the site's root, names the page itself: its canonical link, `og:url` or
 * the document's URL, spelled without what two spellings differ by (scheme, `www.`, query, fragment, trailing slash).
 * False when the page gives no address of its own: a link then cannot be told from one to another page.
 */
export function isOwnAddress(doc: Document, address: string): boolean {
  const trimmed = address.trim();
  const path = ROOT_PATH.test(trimmed) ? trimmed.replace(ADDRESS_NOISE, '').toLowerCase() : undefined;
  const bare = path === undefined ? normalise(trimmed) : undefined;
  if (path === undefined && bare === undefined) return false;
  for (const own of pageAddresses(doc)) {
    const ownBare = normalise(own);
    if (!ownBare) continue;
    if (bare !== undefined ? ownBare === bare : ownBare.slice(ownBare.indexOf('/')) === (path || '/')) return true;
  }
  return false;
}
