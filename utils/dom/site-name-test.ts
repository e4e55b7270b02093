import { readJsonLd } from './read-json-ld';
const SPACES = /\s+/g;
/** A person's name (one to four capitalised words) and the bar or slash before the site's name in a photo credit. */
const CREDIT_PREFIX = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} ?[|/] ?$/u;

/**
 * The site's name the page declares (`og:site_name`, else `application-name`, else its JSON-LD article's publisher,
 * as news sites that print no `og:site_name` declare it), spaces squeezed, lower case.
 */
export function siteNameOf(doc: Document): string | undefined {
  const name =
    doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ??
    doc.querySelector('meta[name="application-name"]')?.getAttribute('content') ??
    readJsonLd(doc).publisher;
  const squeezed = name?.replace(SPACES, ' ').trim().toLowerCase();
  return squeezed ? squeezed : undefined;
}

/**
 * A test for a body line that is only the site's own name: the credit a newsroom sets as the story's last paragraph
 * ("TimesLIVE", "News24") or a logo's text kept in the article block, or a photo credit naming it ("Michael
 * Osei|Car and Driver", "Ann Lee/CNET"). A sentence naming the site is longer. `name`
 * is the site's name when the caller has read it already (reading it may parse the page's JSON-LD).
 */
export function siteNameTest(doc: Document, name = siteNameOf(doc)): (line: string) => boolean {
  if (name === undefined) return () => false;
  return (line) => {
    const squeezed = line.replace(SPACES, ' ').trim();
    const lower = squeezed.toLowerCase();
    if (lower === name) return true;
    // A photographer's credit naming the site: "Michael Osei|Car and Driver", "Ann Lee / Harbour Tech".
    if (!lower.endsWith(name)) return false;
    const credit = CREDIT_PREFIX.exec(squeezed.slice(0, squeezed.length - name.length));
    return credit !== null;
  };
}
