import { textOf } from '../text-of';
import { HEADING_TAGS, isHeadingElement } from '../heading-tags';

/**
 * Where a comment section announces itself: a "Comments" / "3 Responses" heading, or a `#comments` anchor. The page
 * is queried once with `CUE_SELECTOR`; `isCue` then asks each element it returns, reading the same test from the tag
 * and attributes (`matchesCue`), since a DOM library outside the browser parses a selector anew on each `matches`.
 */
export const CUE_SELECTOR = 'h1, h2, h3, h4, h5, h6, [id*="comment" i], a[name*="comment" i]';
const COMMENT_NAME = /comment/i;
const CUE_WORDS = /\b(?:comments?|responses?|replies|discussion)\b/i;
/**
 * A heading announces the comments when it starts with them ("Comments", "3 Responses to …", "Reader comments"),
 * not when it mentions them ("Live updates and comments" over a live blog's staff posts).
 */
const HEADING_CUE =
  /^(?:(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:reader|user|your|readers'?)\s+)?(?:comments?|responses?|replies|discussion)\b/i;
/** An id naming a comment counter or link (`comment-count-42`, `comments-link`) sits in the header, above the post. */
const CONTROL_ID = /count|link|button|btn|toggle|icon|total|bubble|badge/i;

/** `element.matches(CUE_SELECTOR)`, read from the tag and attributes. */
export function matchesCue(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (HEADING_TAGS.has(tag) || COMMENT_NAME.test(element.id)) return true;
  return tag === 'A' && COMMENT_NAME.test(element.getAttribute('name') ?? '');
}

/** True for an element that announces the comment section. */
export function isCue(element: Element): boolean {
  if (!matchesCue(element)) return false;
  if (isHeadingElement(element)) return HEADING_CUE.test(textOf(element));
  const names = `${element.id} ${element.getAttribute('name') ?? ''}`;
  return CUE_WORDS.test(names) && !CONTROL_ID.test(names);
}
