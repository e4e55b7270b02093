import { collectNested } from './collect-nested';
import type { FoundComments } from './found-comment';

/**
 * Where a Livefyre comment stream sits once its script has rendered it into the page (Livefyre served many US
 * newspapers and blogs from about 2011 to 2016): the `#livefyre` (or `#livefyre_comment_stream`) box the site puts
 * out, or the widget's own `.fyre` root.
 */
const REGION = '#livefyre, #livefyre_comment_stream, .fyre-widget, .fyre';

/**
 * Livefyre's rendered markup: each comment is an `article.fyre-comment-article` with a header holding
 * `.fyre-comment-username` and `time.fyre-comment-date`, the text in `section.fyre-comment`, and a footer of
 * Like/Reply/Share/Flag buttons; a reply's article sits inside its parent's.
 */
const SELECTORS = {
  item: '.fyre-comment-article',
  author: ['.fyre-comment-username', '.fyre-comment-user'],
  date: ['.fyre-comment-date', 'time'],
  body: '.fyre-comment',
};

/** Livefyre comments rendered in the page itself (the stream's editor, stats and sort menu are its chrome). */
export function findLivefyre(doc: Document): FoundComments | undefined {
  const region = doc.querySelector(REGION);
  if (!region) return undefined;
  const comments = collectNested(region, SELECTORS);
  return comments.length > 0 ? { system: 'livefyre', region, comments } : undefined;
}
