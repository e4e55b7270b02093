import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findComments } from '../../../../utils/dom/comments/find-comments';
import { findK2Comments } from '../../../../utils/dom/comments/k2-comments';

const doc = (html: string): Document => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

/** One K2 comment as its distributed item template prints it. */
const comment = (id: string, author: string, text: string, parity: string): string => `
<li class="${parity}">
  <span class="commentLink"><a href="#comment${id}" name="comment${id}" id="comment${id}">Comment Link</a></span>
  <span class="commentDate">Friday, 27 November 2026 11:03</span>
  <span class="commentAuthorName">posted by ${author}</span>
  <p>${text}</p>
</li>`;

const SECTION = `<div class="itemComments"><h3 class="itemCommentsCounter"><span>2</span> comments</h3>
<ul class="itemCommentsList">
  ${comment('1', 'Kwadwo Mensah', 'The annex has been ready for two years.', 'even')}
  ${comment('2', '<a href="https://example.com">Adjoa P.</a>', 'I support the exercise.', 'odd')}
</ul>
<div class="itemCommentsForm"><h3>Leave a comment</h3><form><textarea name="commentText"></textarea></form></div></div>`;

describe('findK2Comments', () => {
  it('should read each comment with its author line, date and text, flat', () => {
    const found = findK2Comments(doc(`<div class="itemFullText"><p>The story.</p></div>${SECTION}`));
    expect(found?.comments.map((c) => [c.author?.textContent, c.date?.textContent, c.parentIndex])).toEqual([
      ['posted by Kwadwo Mensah', 'Friday, 27 November 2026 11:03', undefined],
      ['Adjoa P.', 'Friday, 27 November 2026 11:03', undefined],
    ]);
    expect(found?.comments.map((c) => c.body.map((part) => part.textContent).join(''))).toEqual([
      'The annex has been ready for two years.',
      'I support the exercise.',
    ]);
    expect(found?.region.className).toBe('itemComments');
  });

  it('should find nothing on a K2 page whose comments are off (no list)', () => {
    expect(
      findK2Comments(doc('<div class="itemComments"><h3>Leave a comment</h3><form></form></div>')),
    ).toBeUndefined();
  });

  it('should be the reader findComments uses on such a page', () => {
    expect(findComments(doc(SECTION))?.system).toBe('k2');
  });
});
