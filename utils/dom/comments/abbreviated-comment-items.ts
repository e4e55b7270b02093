import { itemsNamedAlike } from './items-named-alike';
import { underCommentHeading } from './localized-comment-items';

/**
 * A class token that names one comment by the short form `cmt`, alone or as a list item (`li.cmt` in `ul.cmtList`,
 * `cmt-item`, `cmt_box`): the Times Internet papers (The Economic Times, The Times of India), Korean and Chinese
 * portals' comment systems (`cmt_item`, `cmt-list`) shorten the word so. The singular only, as the generic pattern
 * reads `comment`: `cmtList`, `cmt_list` and `cmts` name the section.
 */
const ABBREVIATED_COMMENT = /^cmt(?:[-_]?(?:item|entry|box|single|row|wrap))?$/i;
/** The elements worth testing against `ABBREVIATED_COMMENT`. */
export const ABBREVIATED_CANDIDATES = '[class*="cmt" i]';
/**
 * The short form is weaker evidence than the word (`cmt` may be any abbreviation a stylesheet uses): at least this
 * many elements under one parent must share it, and their list must lie under the page's comment heading ("Comments
 * (3)", see `underCommentHeading`).
 */
const MIN_SIBLINGS = 2;

/**
 * The elements of `candidates` whose class names one comment by the short form (see `ABBREVIATED_COMMENT`), when
 * their parent holds at least `MIN_SIBLINGS` elements named alike and lies under a comment section's heading.
 */
export function abbreviatedCommentItems(candidates: readonly Element[]): Set<Element> {
  return itemsNamedAlike(candidates, (token) => ABBREVIATED_COMMENT.test(token), underCommentHeading, MIN_SIBLINGS);
}
