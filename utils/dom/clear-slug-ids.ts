import { isFurnitureElement } from './is-furniture-element';
import { isTextSlugId } from './is-text-slug-id';

/** Headings with an id: the only elements whose id may be their own words. */
const HEADINGS_WITH_ID = 'h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]';

/**
 * Takes a heading's id off a page copy before Readability reads it when the id is the slug of the heading's own words
 * (`<h2 id="how-the-share-offer-worked">`, see `isTextSlugId`), as WordPress block headings, table-of-contents plugins
 * and Markdown renderers write them for jump links. Readability reads ids as names: a short block named "share" is a
 * share bar to it, "comment" or "social" unlikely content, "tags" or "meta" weighs against it, so a subheading that
 * only used such a word ("How the share offer worked", "The social housing queue") was dropped. A heading that reads
 * as furniture (its first words "More from …", or a furniture class) keeps its id. Edits `clone` in place.
 */
export function clearSlugIds(clone: Document): void {
  for (const heading of clone.querySelectorAll(HEADINGS_WITH_ID))
    if (isTextSlugId(heading) && !isFurnitureElement(heading)) heading.removeAttribute('id');
}
