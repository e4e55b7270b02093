import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  ABBREVIATED_CANDIDATES,
  abbreviatedCommentItems,
} from '../../../../utils/dom/comments/abbreviated-comment-items';
import { findGeneric } from '../../../../utils/dom/comments/generic';

const itemsIn = (html: string): string[] => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const candidates = [...document.querySelectorAll(ABBREVIATED_CANDIDATES)] as unknown as Element[];
  return [...abbreviatedCommentItems(candidates)].map((element) => (element.textContent ?? '').trim());
};

const ET_COMMENTS =
  '<div id="comments" class="comments_wrapper"><div class="cmtHead"><h3>Comments <span>(2)</span></h3><a href="#">Post a Comment</a></div><ul class="cmtList"><li class="cmt"><div class="cmtUser"><span class="cmtName">Suresh Menon</span> <span class="cmtLoc">Coimbatore</span> <span class="cmtTime">3 hours ago</span></div><div class="cmtTxt">Same story every year.</div><div class="cmtAct"><a class="agree" href="#">Agree (14)</a> <a class="reply" href="#">Reply</a></div></li><li class="cmt"><div class="cmtUser"><span class="cmtName">Anjali K</span> <span class="cmtTime">2 hours ago</span></div><div class="cmtTxt">The refund delay is the real issue.</div><div class="cmtAct"><a class="reply" href="#">Reply</a></div></li></ul></div>';

describe('abbreviatedCommentItems', () => {
  it('should name the `li.cmt` items under a "Comments (2)" heading', () => {
    expect(itemsIn(ET_COMMENTS)).toHaveLength(2);
  });

  it.each([
    ['a lone item', '<section><h3>Comments</h3><ul class="cmtList"><li class="cmt">Only one.</li></ul></section>'],
    [
      'a list under no comment heading',
      '<div><h3>Markets</h3><ul><li class="cmt">Sensex up</li><li class="cmt">Nifty up</li></ul></div>',
    ],
    [
      'the section named in the plural',
      '<section><h3>Comments</h3><div class="cmtList"></div><div class="cmtList"></div></section>',
    ],
  ])('should name nothing in %s', (_case, html) => {
    expect(itemsIn(html)).toEqual([]);
  });
});

describe('findGeneric on comments named `cmt`', () => {
  const doc = parseHTML(
    `<html><body><article><h1>Weak rupee fails to cheer exporters</h1><p>The rupee fell.</p></article>${ET_COMMENTS}</body></html>`,
  ).document as unknown as Document;
  const found = findGeneric(doc);

  it('should read each comment once, not its "Reply" button', () => {
    expect(found?.comments.map((comment) => comment.body.map((part) => part.textContent).join(' '))).toEqual([
      'Same story every year.',
      'The refund delay is the real issue.',
    ]);
  });

  it("should read the commenter's name inside the user box, not the box with place and age", () => {
    expect(found?.comments.map((comment) => comment.author?.textContent)).toEqual(['Suresh Menon', 'Anjali K']);
  });
});
