import { CLOCK } from './is-post-stamp';
import { textOf } from './text-of';

/** A ticker shows at least this many posts: fewer stamped blocks are a story's own timed notes. */
const MIN_TICKER_POSTS = 3;
/** A stamp's own elements at most: the time's `<span>` or `<time>` in the block Readability re-set it in. */
const MAX_STAMP_CHILDREN = 1;
/** Most of the block's children are posts: the rest are its label and a "Load more" button. */
const MIN_POST_SHARE = 0.5;

/** True for a post of a ticker: its first child prints only a time of day ("6:41pm"), and text follows it. */
function isStampedPost(element: Element): boolean {
  const stamp = element.firstElementChild;
  // A stamp is a leaf or wraps one (`<p><span>6:41pm</span></p>`): a block with more inside is not read.
  if (!stamp || stamp.childElementCount > MAX_STAMP_CHILDREN || !CLOCK.test(textOf(stamp).trim())) return false;
  return textOf(element).length > textOf(stamp).length;
}

/**
 * True for a live ticker's remnant: a block whose children are mostly posts each opening on its time stamp
 * (`isStampedPost`), at least `MIN_TICKER_POSTS` of them. A match report's page embeds the over-by-over or
 * minute-by-minute feed it was written from under the report ("Relive the action"), and saved after the match it
 * reads as the story's closing paragraphs. The caller asks only after a story's prose, under the feed's own label: a
 * live page's posts are its story.
 */
export function isTickerFeed(block: Element): boolean {
  let posts = 0;
  let children = 0;
  for (let child = block.firstElementChild; child; child = child.nextElementSibling) {
    children += 1;
    if (isStampedPost(child)) posts += 1;
  }
  return posts >= MIN_TICKER_POSTS && posts >= children * MIN_POST_SHARE;
}
