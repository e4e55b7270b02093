import { collectNested } from './collect-nested';
import type { FoundComments } from './found-comment';

/**
 * WordPress comment lists across theme generations (`commentlist` before 3.x, `comment-list` after), and the same list
 * under a theme's own prefix (Astra's `ol.ast-comment-list`; themes prefix their class names with a short code).
 */
const REGION =
  'ol.commentlist, ul.commentlist, ol.comment-list, ul.comment-list, ol.comments-list, ul.comments-list, ' +
  'ol[class*="-comment-list"], ul[class*="-comment-list"]';
const SELECTORS = {
  item: 'li.comment, li.trackback, li.pingback',
  // Last, a bare `.author` (SiteOrigin's Vantage theme: `.comment-info span.author` beside `span.date`).
  author: [
    '.comment-author .fn',
    '.comment-author cite',
    '.comment-author',
    'cite.fn',
    '.fn',
    '.comment_author',
    '.author',
  ],
  date: [
    '.comment-meta time',
    '.comment-meta a',
    '.commentmetadata a',
    '.commentmetadata',
    'time',
    '.comment-date',
    '.comment_date',
    '.date',
    '[class*="date" i]',
  ],
  // Newer themes wrap the text in .comment-content (under their own prefix: Astra's .ast-comment-content); older
  // ones leave bare <p>s in .comment-body or the <li>.
  body:
    '.comment-content, .comment-text, .comment-entry, .comment-body > p, li.comment > p, .comment-body > div > p, ' +
    '[class*="-comment-content"]',
};

/** WordPress-style threaded comments: `ol.commentlist > li.comment`, replies in `ul.children`. */
export function findWordPress(doc: Document): FoundComments | undefined {
  const region = doc.querySelector(REGION);
  if (!region) return undefined;
  const comments = collectNested(region, SELECTORS);
  return comments.length > 0 ? { system: 'wordpress', region, comments } : undefined;
}
