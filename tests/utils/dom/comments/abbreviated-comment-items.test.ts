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

describe('abbreviatedCommentItems', () => {
  it.each([
    [
      'a Times Internet list (`li.cmt` in `ul.cmtList` in `div#comments`)',
      '<div id="comments" class="comments"><div class="cmtHead"><h3>Comments (2)</h3></div><ul class="cmtList"><li class="cmt">Well said.</li><li class="cmt">Not so fast.</li></ul></div>',
      ['Well said.', 'Not so fast.'],
    ],
    [
      'boxes named `cmt-item` under a "Comments" heading',
      '<section><h2>Comments</h2><div class="list"><div class="cmt-item">Agreed.</div><div class="cmt-item">Why now?</div></div></section>',
      ['Agreed.', 'Why now?'],
    ],
  ])('should name the items of %s', (_case, html, items) => {
    expect(itemsIn(html)).toEqual(items);
  });

  it.each([
    ['a lone comment', '<div id="comments"><ul><li class="cmt">Only one.</li></ul></div>'],
    [
      'a list named `cmt` outside any comment section (a table of CMT sessions)',
      '<div class="schedule"><h3>Sessions</h3><ul><li class="cmt">CMT level I review</li><li class="cmt">CMT level II review</li></ul></div>',
    ],
    [
      'the list, head and posting box, which are named otherwise',
      '<div id="comments"><div class="cmtHead">Comments</div><div class="cmtPost">Write</div><ul class="cmtList"></ul><ul class="cmtList"></ul></div>',
    ],
    [
      "a sidebar's latest comments on other stories",
      '<div class="widget latest-comments"><ul><li class="cmt">On the budget: fine.</li><li class="cmt">On the rain: wet.</li></ul></div>',
    ],
  ])('should not name the items of %s', (_case, html) => {
    expect(itemsIn(html)).toEqual([]);
  });
});

describe('findGeneric on comments named `cmt`, with a reply nested in one', () => {
  const { document } = parseHTML(`<html><body><article><p>Story.</p></article>
    <div id="comments" class="comments"><div class="cmtHead"><h3>Comments (3)</h3></div>
    <ul class="cmtList">
      <li class="cmt"><div class="usrInfo"><span class="name">Ramesh Iyer</span> <span class="time">1 hour ago</span></div>
        <div class="cmtText">Same story in the Surat powerloom sector.</div></li>
      <li class="cmt"><div class="usrInfo"><span class="name">Vikram Sethi</span> <span class="time">2 hours ago</span></div>
        <div class="cmtText">Give the new system some time.</div>
        <ul class="replies"><li class="cmt reply"><div class="usrInfo"><span class="name">Lakshmi N</span> <span class="time">1 hour ago</span></div>
          <div class="cmtText">Time does not pay the wages.</div></li></ul></li>
    </ul></div></body></html>`);
  const found = findGeneric(document as unknown as Document);

  it('should read every comment, the reply under its parent', () => {
    expect(found?.comments.map((comment) => comment.author?.textContent?.trim())).toEqual([
      'Ramesh Iyer',
      'Vikram Sethi',
      'Lakshmi N',
    ]);
    expect(found?.comments.map((comment) => comment.parentIndex)).toEqual([undefined, undefined, 1]);
  });
});

const ET_COMMENTS =
  '<div id="comments" class="comments_wrapper"><div class="cmtHead"><h3>Comments <span>(2)</span></h3><a href="#">Post a Comment</a></div><ul class="cmtList"><li class="cmt"><div class="cmtUser"><span class="cmtName">Suresh Menon</span> <span class="cmtLoc">Coimbatore</span> <span class="cmtTime">3 hours ago</span></div><div class="cmtTxt">Same story every year.</div><div class="cmtAct"><a class="agree" href="#">Agree (14)</a> <a class="reply" href="#">Reply</a></div></li><li class="cmt"><div class="cmtUser"><span class="cmtName">Anjali K</span> <span class="cmtTime">2 hours ago</span></div><div class="cmtTxt">The refund delay is the real issue.</div><div class="cmtAct"><a class="reply" href="#">Reply</a></div></li></ul></div>';

describe('abbreviatedCommentItems on The Economic Times’ list', () => {
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
