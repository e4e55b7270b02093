/** An address with a host, after its scheme or scheme-relative: `https://example.org/path`, `//example.org/path`. */
const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:)?\/\/([^/?#]+)/i;
/** What two spellings of one site's host differ by: `www.example.org` is `example.org`. */
const LEADING_WWW = /^www\./i;

/**
 * The addresses a page gives for itself, most deliberate first: its canonical link, its `og:url`, and the address it
 * was loaded from (`about:blank` or empty for a parsed file, which no reader below takes for a web address), each read
 * when asked for.
 */
export function* pageAddresses(doc: Document): Generator<string> {
  // One at a time: most callers stop at the first (a query of the page each).
  for (const read of [
    () => doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    () => doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    () => doc.URL,
  ]) {
    const address = read()?.trim();
    if (address) yield address;
  }
}

/** The host of an absolute address, lower case and without `www.`; undefined for a path, `mailto:` or `about:blank`. */
export function hostOf(address: string): string | undefined {
  return ABSOLUTE.exec(address.trim())?.[1]?.replace(LEADING_WWW, '').toLowerCase();
}

/** The page's own host (see `hostOf`): from the first of its addresses that is absolute; undefined when none is. */
export function pageHost(doc: Document): string | undefined {
  for (const address of pageAddresses(doc)) {
    const host = hostOf(address);
    if (host) return host;
  }
  return undefined;
}
