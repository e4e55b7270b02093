/** Markup of a byline or publication date: an author link or name, a `<time>`, a byline block. */
const BYLINE_MARKUP =
  'time, [rel~="author"], [itemprop~="author"], [itemprop~="datePublished"], [class*="byline"], [class*="author"]';

/** True when a block holds the byline or date (itself or inside), which the parser reads off the lines. */
export function holdsByline(element: Element): boolean {
  return element.matches(BYLINE_MARKUP) || element.querySelector(BYLINE_MARKUP) !== null;
}
