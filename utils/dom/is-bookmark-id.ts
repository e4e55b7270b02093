/**
 * BookStack gives every block of a page's text an id built from its first words, behind a `bkmrk-` prefix
 * (`<h3 id="bkmrk-winter-social">`, `<p id="bkmrk-this-year%27s-winter-s">`), so that any paragraph can be linked to;
 * every BookStack site writes them so. Such an id is the writer's words, not a name of the block.
 */
export const BOOKMARK_PREFIX = 'bkmrk-';

/** True when `element`'s id is a BookStack bookmark id (see `BOOKMARK_PREFIX`), the writer's words. */
export function isBookmarkId(element: Element): boolean {
  return element.id.startsWith(BOOKMARK_PREFIX);
}
