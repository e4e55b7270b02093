/** Heading tags of an article's own sections (the page headline, `<h1>`, is read apart). */
const SECTION_HEADINGS = 'h2, h3, h4, h5, h6';
/**
 * Readability drops any element whose class or id says "header" before it scores the page, headings included: so
 * every subheading of a post whose template names them `header-anchor-post` or `section-header` went missing.
 */
const HEADER_NAME = /header/i;

const SPACES = /\s+/g;
const textOf = (node: Node): string => (node.textContent ?? '').replace(SPACES, ' ').trim();

/**
 * Takes the "header" name off the subheadings of a clone about to be read by Readability, so it keeps them; the
 * page's own element still carries its name for the furniture tests, which read the page, not the clone. Each
 * `<h2>` other than the page headline (`headline`, the clone's copy) and its repeats becomes an `<h3>` (children
 * moved over, so text nodes keep their pairing with the page): Readability deletes the first `<h1>`/`<h2>` whose
 * words are mostly the title's, meant for a repeated headline, but when the template's header block around the real
 * one was dropped first it takes a subheading instead ("A name for a tree" under "The apples nobody had a name for").
 * Returns each new `<h3>` with the `<h2>` it replaces, so the caller can pair it with the page's element.
 */
export function spareHeadings(clone: Document, headline?: Node): Map<Element, Element> {
  const renamedFrom = new Map<Element, Element>();
  for (const heading of clone.querySelectorAll(SECTION_HEADINGS)) {
    for (const name of ['class', 'id']) {
      if (HEADER_NAME.test(heading.getAttribute(name) ?? '')) heading.removeAttribute(name);
    }
  }
  const title = headline ? textOf(headline) : undefined;
  for (const heading of clone.querySelectorAll('h2')) {
    if (heading === headline || textOf(heading) === title) continue;
    const renamed = clone.createElement('h3');
    for (const attribute of [...heading.attributes]) renamed.setAttribute(attribute.name, attribute.value);
    while (heading.firstChild) renamed.appendChild(heading.firstChild);
    heading.replaceWith(renamed);
    renamedFrom.set(renamed, heading);
  }
  return renamedFrom;
}
