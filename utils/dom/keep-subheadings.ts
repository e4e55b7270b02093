/** Class tokens Readability reads as "unlikely content" only for the word "header" in them (`subheader`). */
const HEADER_WORD = /header/i;
const SPACES = /\s+/;
/** Sub-heading tags: an `<h1>` is the page's title, which the headline pass handles. */
const SUBHEADING_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
/** A blog's date heading over its posts (`h2.date-header`): the parser reads the post's date off it. */
const DATE_HEADER = /(?:^|\s)date-?header(?:\s|$)/i;
/** Sibling elements looked at before a heading for the paragraph that makes it a sub-heading. */
const MAX_LOOKBACK = 3;

/**
 * A heading inside the story: a paragraph comes shortly before it in the same block. A title heading
 * (`h3.entry-header` on Typepad, `header h2`) opens its block instead, and stays Readability's to drop.
 */
function followsParagraph(heading: Element): boolean {
  let sibling = heading.previousElementSibling;
  for (let i = 0; sibling && i < MAX_LOOKBACK; i++, sibling = sibling.previousElementSibling) {
    if (sibling.tagName.toUpperCase() === 'P' && (sibling.textContent ?? '').trim().length > 0) return true;
  }
  return false;
}

/**
 * Takes the "header" tokens off the classes of sub-headings in a clone before Readability reads it. Readability drops
 * any element whose class contains "header" as unlikely content, so a story's own sub-headings named that way
 * (`<h2 class="subheader">` after a paragraph) vanish from the body, and so does a blog's date heading. A heading Readability should drop for another
 * reason (`related-header`, `sidebar-header`) still has that word and still goes. The page itself is never changed:
 * furniture tests read the page element's own class.
 */
export function keepSubheadings(clone: Document): void {
  for (const tag of SUBHEADING_TAGS) {
    // A copy of the live collection: changing a class must not change what is being walked.
    for (const heading of [...clone.getElementsByTagName(tag)]) {
      const classes = heading.getAttribute('class');
      if (!classes || !HEADER_WORD.test(classes)) continue;
      if (!followsParagraph(heading) && !DATE_HEADER.test(classes)) continue;
      const kept = classes.split(SPACES).filter((token) => token.length > 0 && !HEADER_WORD.test(token));
      heading.setAttribute('class', kept.join(' '));
    }
  }
}
