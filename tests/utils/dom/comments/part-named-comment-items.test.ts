import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { partNamedCommentItems } from '../../../../utils/dom/comments/part-named-comment-items';

/** The items found among the page's comment-named elements, by their `id`. */
function itemIds(body: string): string[] {
  const doc = parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;
  return [...partNamedCommentItems([...doc.querySelectorAll('[class*="comment" i]')])].map((item) => item.id);
}

describe('partNamedCommentItems', () => {
  it.each([
    [
      "Ionic's list items holding named parts",
      '<ion-list class="comment-list"><ion-item><ion-label id="a"><div class="comment-name">Jen</div><div class="comment-time">3 days ago</div><div class="comment-text">Good on the volunteers.</div></ion-label></ion-item>' +
        '<ion-item><ion-label id="b"><div class="comment-name">Grahame W</div><div class="comment-text">Worth it.</div></ion-label></ion-item></ion-list>',
      ['a', 'b'],
    ],
    [
      'bare list items with an author and a body part',
      '<ul><li id="a"><span class="comment-author">Ravi</span><p class="comment_body">Publish the gauge data.</p></li></ul>',
      ['a'],
    ],
  ])('should find %s', (_case, body, ids) => {
    expect(itemIds(body)).toEqual(ids);
  });

  it.each([
    [
      'a comment text with no author beside it',
      '<div id="a"><div class="comment-text">Comments are closed.</div></div>',
    ],
    [
      'an author part that is not beside the text (a meta row around it)',
      '<div id="a"><footer class="comment-meta"><span class="comment-author">Ravi</span></footer><div class="comment-content">Yes.</div></div>',
    ],
    [
      'a form prompt named for the text field',
      '<div id="a"><label class="comment-label">Your comment</label><textarea class="comment-text"></textarea></div>',
    ],
  ])('should not find %s', (_case, body) => {
    expect(itemIds(body)).toEqual([]);
  });
});
