import { itemsNamedAlike } from './items-named-alike';
import { underCommentHeading } from './localized-comment-items';
import { inCommentSection } from './namespaced-comment-items';

/**
 * A class token that names one comment by the common abbreviation `cmt`: alone or as a list item (`li.cmt`,
 * `div.cmt-item`, `cmtBox`, `cmt_entry`), as Indian portals' in-house comment systems (the Times Internet article
 * template of 2016-2019: The Economic Times, The Times of India), Korean and Chinese portals (`cmt_item`) and many
 * hand-built CMSs mark each reader's comment. The singular only: the list (`cmtList`), head (`cmtHead`), count
 * (`cmtCount`) and posting box (`cmtPost`) are named otherwise.
 */
const ABBREVIATED_COMMENT = /^cmt(?:[-_]?(?:item|entry|box|single|card|row|wrap))?$/i;
/** The elements worth testing against `ABBREVIATED_COMMENT`: the generic `comment` cut does not reach them. */
export const ABBREVIATED_CANDIDATES = '[class*="cmt" i]';
/**
 * Three letters are weak evidence (`cmt` may abbreviate something else on a page): at least this many elements under
 * one parent must share the token, and their list must lie in the page's comment section, named so (`div#comments`,
 * see `inCommentSection`) or under its heading ("Comments (5)", see `underCommentHeading`).
 */
const MIN_SIBLINGS = 2;

/** The list's parent lies in the page's comment section, by its name or its heading. */
const inSection = (parent: Element): boolean => inCommentSection(parent) || underCommentHeading(parent);

/**
 * The elements of `candidates` whose class names one comment by its abbreviation (see `ABBREVIATED_COMMENT`), when
 * their parent holds at least `MIN_SIBLINGS` elements named alike and lies in the page's comment section.
 */
export function abbreviatedCommentItems(candidates: readonly Element[]): Set<Element> {
  return itemsNamedAlike(candidates, (token) => ABBREVIATED_COMMENT.test(token), inSection, MIN_SIBLINGS);
}
