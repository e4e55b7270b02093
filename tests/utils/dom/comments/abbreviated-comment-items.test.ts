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
