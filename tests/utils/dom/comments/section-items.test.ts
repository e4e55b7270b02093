import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findGeneric } from '../../../../utils/dom/comments/generic';

const page = (html: string): Document => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

const STORY =
  '<article><h1>Market car park shuts until March</h1><p>The city will close the market car park on Monday.</p></article>';

describe('findGeneric on a comment section named like one comment (`section.comment-wrap`)', () => {
  const doc = page(
    `<section class="user-content">${STORY}` +
      '<section class="comment-wrap"><header class="comment-header"><h3 class="title">댓글 <em>2</em></h3></header>' +
      '<div class="comment-write"><p class="login-msg">댓글을 작성하려면 로그인이 필요합니다.</p><a class="btn-login" href="/login">로그인</a></div>' +
      '<ul class="comment-list">' +
      '<li class="comment-item"><div class="comment-head"><span class="nickname">바다사랑</span><span class="date">2026-11-27 16:31</span></div><p class="comment-body">주차장 없으면 시장 안 갑니다.</p></li>' +
      '<li class="comment-item"><div class="comment-head"><span class="nickname">yeosu88</span><span class="date">2026-11-27 17:02</span></div><p class="comment-body">D등급이면 닫는 게 맞지요.</p></li>' +
      '</ul></section></section>',
  );
  const found = findGeneric(doc);

  it('should read the comments inside it as comments, not as replies to the section', () => {
    expect(found?.comments.map((comment) => comment.element.className)).toEqual(['comment-item', 'comment-item']);
    expect(found?.comments.map((comment) => comment.parentIndex)).toEqual([undefined, undefined]);
  });

  it("should take the comments' own list as the region, not the block around the story", () => {
    expect(found?.region.className).toBe('comment-list');
    expect(found?.region.contains(doc.querySelector('h1'))).toBe(false);
  });
});

describe('findGeneric on a threaded comment that has a heading of its own', () => {
  it('should keep a comment with an author or date as the parent of its replies', () => {
    const doc = page(
      `${STORY}<div class="comments-area"><ol>` +
        '<li class="comment"><h4 class="comment-author">Ann Lee</h4><span class="date">May 3, 2024</span><p>Good news for the market.</p>' +
        '<ul class="children"><li class="comment"><h4 class="comment-author">Bo Ek</h4><span class="date">May 4, 2024</span><p>Not for the traders.</p></li></ul></li>' +
        '</ol></div>',
    );
    const found = findGeneric(doc);
    expect(found?.comments).toHaveLength(2);
    expect(found?.comments[1]?.parentIndex).toBe(0);
  });
});
