/** A hostname: letters, digits, dots and hyphens (IDNs arrive punycoded from `location.hostname`). */
const HOSTNAME = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;
const PORT_OR_PATH = /[:/?#].*$/;
const LEADING_WWW = /^www\./;

/**
 * Turns what a reader types ("https://www.example.com/news", "Example.com") into the hostname form stored in
 * `autoOpenSites` ("example.com"), or undefined when it is not a hostname.
 */
export function normalizeSite(input: string): string | undefined {
  const host = input.trim().toLowerCase().replace(SCHEME, '').replace(PORT_OR_PATH, '').replace(LEADING_WWW, '');
  return host && HOSTNAME.test(host) ? host : undefined;
}
