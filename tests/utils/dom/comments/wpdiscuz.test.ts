import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findComments } from '../../../../utils/dom/comments/find-comments';
import { findWpDiscuz } from '../../../../utils/dom/comments/wpdiscuz';

const doc = (html: string): Document => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

/** One wpDiscuz comment as the plugin renders it, with its replies inside. */
const comment = (id: number, author: string, text: string, replies = ''): string => `
<div id="wpd-comm-${id}_0" class="comment even depth-1 wpd-comment wpd_comment_level-1">
  <div class="wpd-comment-wrap wpd-blog-guest">
    <div class="wpd-comment-left"><div class="wpd-avatar"><img alt="${author}" src="a.png"></div></div>
    <div id="comment-${id}" class="wpd-comment-right">
      <div class="wpd-comment-header">
        <div class="wpd-comment-author">${author}</div>
        <div class="wpd-comment-date" title="April 14, 2026 8:02 am">3 hours ago</div>
      </div>
      <div class="wpd-comment-text"><p>${text}</p></div>
      <div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-result">4</div></div><div class="wpd-reply-button"><span>Reply</span></div></div>
    </div>
  </div>
  ${replies}
</div>`;

const THREAD = `<div id="comments"><div id="wpdcom" class="wpdiscuz_unauth wpd-default">
  <div class="wpd-thread-head"><div class="wpd-thread-info"><span class="wpdtc">3</span> Comments</div></div>
  <div class="wpd-thread-list">
    ${comment(1, 'Morwenna Hale', 'I learned to swim in that pool.', comment(2, 'Tomas Kerr', 'So did I, and it was cold.', comment(3, 'Jenna Lowry', 'Cold is the whole point.')))}
    ${comment(4, 'Gareth Polglase', 'Half a million pounds for a wall.')}
  </div>
</div></div>`;

describe('findWpDiscuz', () => {
  it('should read each wpDiscuz comment once, with its author and the comment it answers', () => {
    const found = findWpDiscuz(doc(THREAD));
    expect(found?.comments.map((c) => [c.author?.textContent, c.parentIndex])).toEqual([
      ['Morwenna Hale', undefined],
      ['Tomas Kerr', 0],
      ['Jenna Lowry', 1],
      ['Gareth Polglase', undefined],
    ]);
    expect(found?.comments.map((c) => c.body.map((part) => part.textContent).join(''))).toEqual([
      'I learned to swim in that pool.',
      'So did I, and it was cold.',
      'Cold is the whole point.',
      'Half a million pounds for a wall.',
    ]);
  });

  it('should take the absolute date from the date box title', () => {
    expect(findWpDiscuz(doc(THREAD))?.comments[0]?.dateTime).toBe('April 14, 2026 8:02 am');
  });

  it('should be the reader findComments uses on a wpDiscuz section', () => {
    expect(findComments(doc(THREAD))?.system).toBe('wpdiscuz');
  });

  it('should find nothing where there is no wpDiscuz section', () => {
    expect(findWpDiscuz(doc('<div class="wpd-comment"><p>Not in a wpDiscuz section.</p></div>'))).toBeUndefined();
  });
});
