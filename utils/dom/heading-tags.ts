/** The six heading levels, as `tagName` gives them in an HTML document. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The section levels (`<h2>` … `<h6>`): the headings inside a page's parts. The page's headline (`<h1>`) is read
 * apart, so a rule asking whether a box opens on its own heading, or a line is a subheading, asks these.
 */
export const SECTION_HEADING_TAGS: ReadonlySet<string> = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** The same six levels as a selector, for `querySelector`, `closest` and `matches`. */
export const HEADINGS_SELECTOR = 'h1, h2, h3, h4, h5, h6';

/** Whether the element is a heading of any level (`<h1>` … `<h6>`), in any document's tag case. */
export function isHeadingElement(element: Element): boolean {
  return HEADING_TAGS.has(element.tagName.toUpperCase());
}
