import { collectNested } from './collect-nested';
import type { FoundComments } from './found-comment';

/** Disqus threads rendered into the page (its 2012 plugin markup `dsq-*` and the later `post` markup). */
const VARIANTS = [
  {
    // The 2012 plugin gave the <li> only an id (`dsq-comment-7681`); its header and body divs have longer ids.
    item: 'li.dsq-comment, li[id^="dsq-comment-"]',
    author: ['[id^="dsq-author-user"]', '.dsq-commenter-name', '.dsq-comment-header cite', 'cite'],
    date: ['.dsq-comment-meta a', '.dsq-date'],
    body: '.dsq-comment-message',
  },
  {
    item: 'li.post',
    author: ['.post-byline .author', '.author', '.publisher-anchor-color'],
    date: ['.post-meta time', 'time', '.time-ago'],
    body: '.post-message',
  },
];

/** Disqus comments that are in the page itself (`#disqus_thread`), not in its iframe. */
export function findDisqus(doc: Document): FoundComments | undefined {
  const region = doc.querySelector('#disqus_thread, #dsq-content, #dsq-comments');
  if (!region) return undefined;
  for (const selectors of VARIANTS) {
    const comments = collectNested(region, selectors);
    if (comments.length > 0) return { system: 'disqus', region, comments };
  }
  return undefined;
}
