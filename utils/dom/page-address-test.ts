import { pageAddresses } from './page-host';

/**
 * The scheme, a leading `www.`, the query, the fragment and a trailing slash: what two spellings of one address
 * differ by.
 */
const ADDRESS_NOISE = /^https?:\/\/(?:www\.)?|[?#].*$|\/+$/gi;
/** A short label before the address, as print footers write it: "URL:", "Article URL:", "Printed from:". */
const LABEL = /^[\p{L} ]{1,30}:(?!\/\/)\s*/u;
/** One address, nothing else: the line a print view sets under the story. */
const ADDRESS_LINE = /^https?:\/\/\S+$/i;
/** A web address's scheme, which the page's own addresses must start with. */
const WEB_SCHEME = /^https?:\/\//i;
const SPACES = /\s+/g;

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
