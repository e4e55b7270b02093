/**
 * Markup of a byline or publication date: an author link or name, a `<time>`, a byline block. Not a picture's author
 * (`span.image-author`, `doc_media__author`, `photo-author`): that is a caption's credit, which names the photographer.
 */
const BYLINE_MARKUP =
  'time, [rel~="author"], [itemprop~="author"], [itemprop~="datePublished"], [class*="byline"], ' +
  '[class*="author"]:not([class*="image"]):not([class*="photo"]):not([class*="media"]):not([class*="img"])';

/** True when a block holds the byline or date (itself or inside), which the parser reads off the lines. */
export function holdsByline(element: Element): boolean {
  return element.matches(BYLINE_MARKUP) || element.querySelector(BYLINE_MARKUP) !== null;
}
