import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findComments } from '../../../../utils/dom/comments/find-comments';
import { findSpipForum } from '../../../../utils/dom/comments/spip-forum';

const doc = (html: string): Document => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

/** One SPIP forum message as the distributed templates print it, with its replies. */
const message = (id: string, author: string, text: string, replies = ''): string => `
<li class="forum-fil">
  <div class="forum-message" id="forum${id}">
    <div class="forum-chapo"><strong class="forum-titre"><a href="#forum${id}">Re: Article</a></strong>
      <small>samedi 28 novembre 2026, par <a href="/auteur">${author}</a></small></div>
    <div class="forum-texte"><p>${text}</p></div>
    <p class="repondre"><a href="#formulaire_forum">Répondre à ce message</a></p>
  </div>
  ${replies ? `<ul>${replies}</ul>` : ''}
</li>`;

const SECTION = `<div id="forum"><h2>Forum</h2><ul class="forum">
  ${message('1', 'Habimana', 'Ni byiza cyane.', message('2', 'Ingabire', 'Ariko abakozi bongerwe vuba.'))}
  ${message('3', 'Mugisha', 'Natwe dukeneye ikigo nk’iki.')}
</ul><div class="formulaire_spip formulaire_forum"><form><textarea name="texte"></textarea></form></div></div>`;

describe('findSpipForum', () => {
  it('should read each message with its author, text and the message it answers', () => {
    const found = findSpipForum(doc(`<div class="texte"><p>The story.</p></div>${SECTION}`));
    expect(found?.comments.map((c) => [c.author?.textContent, c.parentIndex])).toEqual([
      ['Habimana', undefined],
      ['Ingabire', 0],
      ['Mugisha', undefined],
    ]);
    expect(found?.comments.map((c) => c.body.map((part) => part.textContent).join(''))).toEqual([
      'Ni byiza cyane.',
      'Ariko abakozi bongerwe vuba.',
      'Natwe dukeneye ikigo nk’iki.',
    ]);
  });

  it('should find nothing on a page whose list of class "forum" holds no forum messages (a site menu)', () => {
    expect(findSpipForum(doc('<ul class="forum"><li><a href="/forum">Forum</a></li></ul>'))).toBeUndefined();
  });

  it('should be the reader findComments uses on such a page', () => {
    expect(findComments(doc(SECTION))?.system).toBe('spip-forum');
  });
});
