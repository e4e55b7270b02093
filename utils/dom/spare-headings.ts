/** Heading tags of an article's own sections (the page headline, `<h1>`, is read apart). */
const SECTION_HEADINGS = 'h2, h3, h4, h5, h6';
/**
 * Readability drops any element whose class or id says "header" before it scores the page, headings included: so
 * every subheading of a post whose template names them `header-anchor-post` or `section-header` went missing.
 */
const HEADER_NAME = /header/i;

/**
 * Takes the "header" name off the subheadings of a clone about to be read by Readability, so it keeps them; the
 * page's own element still carries its name for the furniture tests, which read the page, not the clone.
 */
export function spareHeadings(clone: Document): void {
  for (const heading of clone.querySelectorAll(SECTION_HEADINGS)) {
    for (const name of ['class', 'id']) {
      if (HEADER_NAME.test(heading.getAttribute(name) ?? '')) heading.removeAttribute(name);
    }
  }
}
