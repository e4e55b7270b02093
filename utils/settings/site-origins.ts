/** A dotted IPv4 address: it has no subdomains, so no `*.` pattern is asked for it. */
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * The host-permission match patterns auto-open needs for a site (as stored, `example.com`): the site and its
 * subdomains (`www.`, `news.`), any scheme. The background checks and requests these, the options page requests and
 * releases them, so both must use this one list or a grant from one would not satisfy the other.
 */
export function siteOrigins(site: string): string[] {
  return IPV4.test(site) ? [`*://${site}/*`] : [`*://${site}/*`, `*://*.${site}/*`];
}
