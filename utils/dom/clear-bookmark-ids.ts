import { BOOKMARK_PREFIX } from './is-bookmark-id';

/** Elements with a bookmark id (see `isBookmarkId`), found by the selector itself rather than by asking every id. */
const WITH_BOOKMARK_ID = `[id^="${BOOKMARK_PREFIX}"]`;

/**
 * Takes BookStack's bookmark ids (see `isBookmarkId`) off a page copy before Readability reads it: Readability reads
 * ids as names, and a subheading or paragraph whose first words hold "social", "share" or "comment" ("Winter social")
 * was dropped as unlikely content or weighed down. Edits `clone` in place.
 */
export function clearBookmarkIds(clone: Document): void {
  for (const element of clone.querySelectorAll(WITH_BOOKMARK_ID)) element.removeAttribute('id');
}
