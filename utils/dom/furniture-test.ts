import { authorBioTest } from './author-bio-test';
import { deskSignOffTest } from './desk-sign-off-test';
import { followRowTest } from './follow-row-test';
import { houseBoxTest } from './house-box-test';
import { controlBoxTest } from './control-box-test';
import { isFurniture } from './is-furniture';
import { isPlayerBox } from './is-player-box';
import { jumpMenuRowTest } from './jump-menu-row-test';
import { playlistBoxTest } from './playlist-box-test';
import { pollBoxTest } from './poll-box-test';
import { readMeta } from './read-meta';
import { repeatedBoxTest } from './repeated-box-test';
import { shopBoxTest } from './shop-box-test';
import { siteNameOf } from './site-name-test';
import { skipRegionTest } from './skip-link-region';
import { loneWrapper } from './lone-wrapper';
import { testimonialBoxTest } from './is-testimonial-box';
import { unlinkedNoteTest } from './unlinked-note-test';
import { trustBadgeBoxTest } from './trust-badge-box-test';

/** How many lone-child wrappers above an element are read for its furniture name (`div.share > div > p`). */
const MAX_WRAPPERS = 3;

/**
 * A test for page elements that are furniture: by markup or name (`isFurniture`), or as the box around a form control
 * or a drop-down menu (`jumpMenuRowTest`: a paged review's page picker), a short row around a follow button
 * (`followRowTest`), a shop button or a video embed with its caption (`isPlayerBox`), an ad-tech video player with its
 * playlist (`playlistBoxTest`), a box about the site itself closing on "Learn more" (`houseBoxTest`), a question over
 * answer buttons (`pollBoxTest`), the box a "skip past" link jumps over (`skipRegionTest`), a promo box set twice word
 * for word (`repeatedBoxTest`), the declared writer's bio in a box of its own (`authorBioTest`), a newsroom's sign-off
 * under the story (the site's name over its desk, `deskSignOffTest`), a member's or customer's testimonial or a slider
 * of them (`testimonialBoxTest`), an unlinked note mark (`<sup>(1)</sup>`) and the note opening on it
 * (`unlinkedNoteTest`), a trust scheme's badge ("Certified under the Journalism Trust Initiative",
 * `trustBadgeBoxTest`). Readability replaces a `<div class="author-bio">` holding one `<p>` by the `<p>` itself, so the
 * name is also read off the wrappers an element is the only content of. `siteName` is the site's declared name and
 * `bylines` its declared writers, when the caller has read them already.
 */
export function furnitureTest(
  doc: Document,
  siteName = siteNameOf(doc),
  bylines: readonly string[] = readMeta(doc).bylines ?? [],
): (element: Element) => boolean {
  const inControlBox = controlBoxTest(doc);
  const isJumpMenuRow = jumpMenuRowTest(doc);
  const isShopBox = shopBoxTest(doc);
  const isFollowRow = followRowTest(doc);
  const isHouseBox = houseBoxTest(doc, siteName);
  const isPollBox = pollBoxTest(doc);
  const isPlaylistBox = playlistBoxTest(doc);
  const isSkipped = skipRegionTest(doc);
  const isRepeatedBox = repeatedBoxTest(doc);
  const isAuthorBio = authorBioTest(bylines);
  const isDeskSignOff = deskSignOffTest(doc, siteName);
  const isTestimonial = testimonialBoxTest(doc);
  const isUnlinkedNote = unlinkedNoteTest(doc);
  const isTrustBadge = trustBadgeBoxTest(doc);
  // A wrapper is read for itself and again for the child under it (both walks visit both): once is enough.
  const known = new Map<Element, boolean>();
  const named = (element: Element): boolean => {
    let result = known.get(element);
    if (result === undefined) {
      result =
        isFurniture(element) ||
        inControlBox(element) ||
        isJumpMenuRow(element) ||
        isShopBox(element) ||
        isPlayerBox(element) ||
        isPlaylistBox(element) ||
        isFollowRow(element) ||
        isHouseBox(element) ||
        isPollBox(element) ||
        isSkipped(element) ||
        isRepeatedBox(element) ||
        isAuthorBio(element) ||
        isDeskSignOff(element) ||
        isTestimonial(element) ||
        isUnlinkedNote(element) ||
        isTrustBadge(element);
      known.set(element, result);
    }
    return result;
  };
  return (element) => {
    let current: Element | undefined = element;
    for (let depth = 0; current && depth <= MAX_WRAPPERS; depth++, current = loneWrapper(current)) {
      if (named(current)) return true;
    }
    return false;
  };
}
