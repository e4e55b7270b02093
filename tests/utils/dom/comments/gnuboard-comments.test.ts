import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findComments } from '../../../../utils/dom/comments/find-comments';
import { findGnuboardComments } from '../../../../utils/dom/comments/gnuboard-comments';

const doc = (html: string): Document => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

/** One comment as Gnuboard 5's basic board skin prints it. */
const comment = (id: string, author: string, time: string, text: string): string => `
<article id="c_${id}">
  <header style="z-index:2">
    <h2>${author}님의 댓글</h2>
    ${author.startsWith('<') ? author : `<span class="member">${author}</span>`}
    <span class="sound_only">작성일</span>
    <span class="bo_vc_hdinfo"><i class="fa fa-clock-o"></i> <time datetime="2020-11-23T${time}:00+09:00">20-11-23 ${time}</time></span>
  </header>
  <div class="cmt_contents"><p>${text}</p></div>
  <span id="edit_${id}" class="bo_vc_w"></span>
</article>`;

const STORY =
  '<article id="bo_v"><section id="bo_v_atc"><div id="bo_v_con">The story.<br/>Its second line.</div></section>';
const SECTION = `<section id="bo_vc"><h2>댓글목록</h2>
  ${comment('418', 'Aigerim Nurlanovna', '13:02', 'I wish this existed when I came in 2019!<br/>Is it open to exchange students?')}
  ${comment('421', '<span class="sv_member">Office of International Affairs</span>', '15:40', 'Exchange students are welcome.')}
</section>`;

describe('findGnuboardComments', () => {
  it("should read each comment with its author, date and text from the board skin's markup", () => {
    const found = findGnuboardComments(doc(`${STORY}${SECTION}</article>`));
    expect(found?.comments.map((c) => [c.author?.textContent, c.date?.textContent, c.dateTime])).toEqual([
      ['Aigerim Nurlanovna', '20-11-23 13:02', '2020-11-23T13:02:00+09:00'],
      ['Office of International Affairs', '20-11-23 15:40', '2020-11-23T15:40:00+09:00'],
    ]);
    expect(found?.comments.map((c) => c.body.map((part) => part.textContent).join(''))).toEqual([
      'I wish this existed when I came in 2019!Is it open to exchange students?',
      'Exchange students are welcome.',
    ]);
    expect(found?.region.id).toBe('bo_vc');
    expect(findComments(doc(`${STORY}${SECTION}</article>`))?.system).toBe('gnuboard');
  });

  it.each([
    ['a board post with comments off (no section)', `${STORY}</article>`],
    [
      'an empty comment section',
      `${STORY}<section id="bo_vc"><h2>댓글목록</h2><p id="bo_vc_empty">등록된 댓글이 없습니다.</p></section></article>`,
    ],
    [
      'articles with c_ ids outside the comment section',
      `<div><article id="c_1"><div class="cmt_contents">Text.</div></article></div>`,
    ],
  ])('should find nothing on %s', (_case, html) => {
    expect(findGnuboardComments(doc(html))).toBeUndefined();
  });
});
