import { isBookmarkId } from './is-bookmark-id';

/** Elements with an id: the bookmark ids are among them (see `isBookmarkId`). */
const WITH_ID = '[id]';

/**
 * Takes BookStack's bookmark ids (see `isBookmarkId`) off a page copy before Readability reads it: Readability reads
 * ids as names, and a subheading or paragraph whose first words hold "social", "share" or "comment" ("Winter social")
 * was dropped as unlikely content or weighed down. Edits `clone` in place.
 */
export function clearBookmarkIds(clone: Document): void {
  for (const element of clone.querySelectorAll(WITH_ID)) if (isBookmarkId(element)) element.removeAttribute('id');
}
