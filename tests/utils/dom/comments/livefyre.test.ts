import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findComments } from '../../../../utils/dom/comments/find-comments';
import { findLivefyre } from '../../../../utils/dom/comments/livefyre';

const doc = (html: string): Document => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

/** One Livefyre comment as its stream renders it, with its replies inside. */
const comment = (id: number, author: string, text: string, replies = ''): string => `
<article class="fyre-comment-article fyre-comment-source-0" data-message-id="${id}" id="fyre-message-${id}">
  <div class="fyre-comment-wrapper">
    <header class="fyre-comment-head"><div class="fyre-comment-user"><img class="fyre-user-avatar" src="a.jpg" /></div><span class="fyre-comment-username"><span>${author}</span></span><time class="fyre-comment-date" datetime="2012-03-12T09:00:00Z">2 hours ago</time></header>
    <section class="fyre-comment"><p>${text}</p></section>
    <footer class="fyre-comment-footer"><a class="fyre-comment-like-btn">Like</a><a class="fyre-comment-reply">Reply</a><a class="fyre-comment-flag">Flag</a></footer>
  </div>
  ${replies ? `<div class="fyre-comment-replies">${replies}</div>` : ''}
</article>`;

const STREAM = `<div id="comments"><h3>Reader Comments</h3><div id="livefyre"><div class="fyre fyre-widget">
  <div class="fyre-editor"><div class="fyre-editor-field" contenteditable="true"></div><span class="fyre-post-button">Post comment as...</span></div>
  <div class="fyre-stream-stats"><span class="fyre-comment-count">3 Comments</span> <span class="fyre-listener-count">12 people listening</span></div>
  <div class="fyre-comment-stream">
    ${comment(1, 'bellhouse_ken', 'My grandfather rang those bells.', comment(2, 'SpringdaleMom', 'Mine too, in the fifties.'))}
    ${comment(3, 'jmt1960', 'Hold a fish fry. The whole town would come.')}
  </div>
</div></div></div>`;

describe('findLivefyre', () => {
  it('should read each rendered Livefyre comment once, with its author, date and the comment it answers', () => {
    const found = findLivefyre(doc(STREAM));
    expect(found?.comments.map((c) => [c.author?.textContent, c.parentIndex, c.dateTime])).toEqual([
      ['bellhouse_ken', undefined, '2012-03-12T09:00:00Z'],
      ['SpringdaleMom', 0, '2012-03-12T09:00:00Z'],
      ['jmt1960', undefined, '2012-03-12T09:00:00Z'],
    ]);
    expect(found?.comments.map((c) => c.body.map((part) => part.textContent).join(''))).toEqual([
      'My grandfather rang those bells.',
      'Mine too, in the fifties.',
      'Hold a fish fry. The whole town would come.',
    ]);
  });

  it('should be the reader findComments uses on a Livefyre stream', () => {
    expect(findComments(doc(STREAM))?.system).toBe('livefyre');
  });

  it('should find nothing in a Livefyre box the script has not filled yet', () => {
    expect(findLivefyre(doc('<div id="livefyre"><p>Loading comments…</p></div>'))).toBeUndefined();
  });
});
