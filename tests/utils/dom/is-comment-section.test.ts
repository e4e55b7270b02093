import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCommentSection } from '../../../utils/dom/is-comment-section';

/** Whether the first element of the body is a comment section. */
function section(html: string): boolean {
  const element = parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild;
  if (!element) throw new Error('no element');
  return isCommentSection(element as unknown as Element);
}

const COMMENT =
  '<li class="css-a"><div class="css-b">Ruth</div><p class="css-c">These taste just like my aunt’s.</p></li>';

describe('isCommentSection', () => {
  it('should take a comment section under its own heading', () => {
    expect(
      section(`<section class="css-1"><h2>Reviews &amp; Comments</h2><ol>${COMMENT}${COMMENT}</ol></section>`),
    ).toBe(true);
    expect(section(`<section><h2>Réactions (3)</h2><ul>${COMMENT}</ul></section>`)).toBe(true);
    expect(
      section('<div><h3>Comments <span>24</span></h3><p>Share what you think</p><a href="#">View all</a></div>'),
    ).toBe(true);
    expect(section(`<section><h2>2 Responses</h2><ol>${COMMENT}</ol></section>`)).toBe(true);
    expect(section('<div><h3>3 Responses to “Plow contract goes to Bell Township”</h3><ol><li>…</li></ol></div>')).toBe(
      true,
    );
    expect(
      section(
        '<section><h2>Reacties</h2><p>Om te reageren moet je ingelogd zijn. <a href="/login">Log in</a></p></section>',
      ),
    ).toBe(true);
    expect(
      section(
        '<section><h2>Join the conversation</h2><p>Subscribe to join the conversation and read the 37 comments.</p><a href="/s">Subscribe</a></section>',
      ),
    ).toBe(true);
    expect(
      section('<section><h2>Discuss this article</h2><p>Comments on this story are posts in our forum.</p></section>'),
    ).toBe(true);
  });

  it("should keep a story's sections on reactions and responses, a lone heading and a box with the headline", () => {
    const prose =
      '<p>The mayor called the vote a betrayal, and the union said it would appeal the ruling in court.</p>';
    expect(section(`<section><h2>Reactions</h2>${prose}</section>`)).toBe(false);
    expect(section(`<section><h2>Responses</h2>${prose}</section>`)).toBe(false);
    expect(section(`<section><h2>Comments from the minister</h2>${prose}</section>`)).toBe(false);
    expect(section(`<div><p>Intro</p><h2>Comments</h2>${prose}</div>`)).toBe(false);
    expect(section('<section><h2>Comments</h2></section>')).toBe(false);
    expect(section(`<section><h2>A guest book signed by presidents</h2>${prose}</section>`)).toBe(false);
    expect(section(`<div><h2>Comments</h2><h1>Story headline</h1>${prose}</div>`)).toBe(false);
  });
});

describe("isCommentSection, the WordPress themes' heading", () => {
  it.each([
    '<div><h2>2 thoughts on “LIVE: Election night in Millbrook County – results as they come in”</h2><ol><li>…</li></ol></div>',
    '<div><h2>One thought on “Plow contract goes to Bell Township”</h2><ol><li>…</li></ol></div>',
  ])('should take %s', (html) => {
    expect(section(html)).toBe(true);
  });

  it.each([
    '<section><h2>Some thoughts on the new budget</h2><p>The council’s plan leaves the roads fund short again.</p></section>',
    '<section><h2>Thoughts on the harbour wall</h2><p>Readers wrote in all week.</p></section>',
  ])('should leave %s', (html) => {
    expect(section(html)).toBe(false);
  });
});

describe('isCommentSection, headings in Korean, Japanese and Chinese', () => {
  it.each([
    '댓글',
    '댓글 18',
    '독자 의견',
    'コメント（12）',
    'みんなのコメント',
    '网友评论',
    '我要评论',
    '讀者留言',
    'udn討論區',
    '讨论区',
  ])('should take a section headed "%s"', (heading) => {
    expect(
      section(
        `<section class="css-9"><h3>${heading}</h3><p>0 則留言</p><a href="https://member.example.com/login">登入發表留言</a></section>`,
      ),
    ).toBe(true);
  });

  it.each(['댓글 문화가 바뀐다', 'コメントの書き方', '网友评论引发热议', '評論家の見方'])(
    'should keep a part of the story headed "%s"',
    (heading) => {
      expect(section(`<section><h3>${heading}</h3><p>${'本文の段落。'.repeat(10)}</p></section>`)).toBe(false);
    },
  );
});

describe("isCommentSection, a review site's 'Discussions'", () => {
  it('should take a section headed "Discussions" over the posts', () => {
    expect(
      section(
        '<section class="css-9"><h2>Discussions</h2><p>Questions or feedback? <a href="/new">Start a discussion</a></p><ul><li>quietbus: Any plans to retest?</li></ul></section>',
      ),
    ).toBe(true);
  });

  it('should keep a paper\'s "Discussion" section', () => {
    expect(
      section(
        '<section><h2>Discussion</h2><p>The results suggest the effect of the new rota on waiting times is small.</p></section>',
      ),
    ).toBe(false);
  });
});

describe('isCommentSection, a section head of its own', () => {
  it.each([
    [
      'a `header` opening on the heading, the rules under it',
      '<header><h3>Comentarios</h3><p>Normas de participación</p></header>',
    ],
    [
      'a `header` opening on a count heading over its sort links',
      '<header><h2>Réactions (48)</h2><a href="#">Les plus récentes</a></header>',
    ],
  ])('should take %s', (_case, html) => {
    expect(section(html)).toBe(true);
  });

  it.each([
    ["a story's header with its headline", '<header><h2>Comentarios</h2><h1>El pleno vota la ordenanza</h1></header>'],
    ["a story's header opening on a kicker", '<header><h2>Ayuntamiento</h2><p>El pleno vota la ordenanza</p></header>'],
    ['a lone heading in a `header`', '<header><h3>Comentarios</h3></header>'],
  ])('should leave %s', (_case, html) => {
    expect(section(html)).toBe(false);
  });
});

/** Whether the element `selector` picks on the page is a comment section. */
function sectionAt(html: string, selector: string): boolean {
  const element = parseHTML(`<html><body>${html}</body></html>`).document.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return isCommentSection(element as unknown as Element);
}

const FORM = '<div class="css-f"><textarea placeholder="Write a comment"></textarea><button>Send</button></div>';
const ITEMS = `<ul>${COMMENT}${COMMENT}</ul>`;
const STORY = '<p>The council will vote on the plan again in March, after the consultation closes.</p>';

describe('isCommentSection, a label in a styled block over a comment form', () => {
  it.each([
    ['a label opening a box with the form', `<div id="s"><div>Komentarze</div>${FORM}${ITEMS}</div>`, '#s'],
    [
      'a head block of label and rules, the form in the section it heads',
      `<div><div id="s"><div>Komentarze</div><p>Zasady komentowania.</p></div>${FORM}${ITEMS}</div>`,
      '#s',
    ],
    ['a `span` label with a count', `<section id="s"><span>Comments (12)</span>${FORM}</section>`, '#s'],
  ])('should take %s', (_case, html, selector) => {
    expect(sectionAt(html, selector)).toBe(true);
  });

  it.each([
    ['a bare label over the comments, no form', `<div id="s"><div>Comments</div>${ITEMS}</div>`, '#s'],
    ["a story's box on another word, over a form", `<div id="s"><div>Reactions</div>${STORY}${FORM}</div>`, '#s'],
    [
      'a head block whose section holds no form',
      `<div><div id="s"><div>Comentarios</div><p>Normas</p></div>${ITEMS}</div><div>${FORM}</div>`,
      '#s',
    ],
    [
      'a box not heading the section with the form',
      `<div><p>Intro</p><div id="s"><div>Comments</div>${STORY}</div>${FORM}</div>`,
      '#s',
    ],
    ['a box holding the headline', `<div id="s"><div>Comments</div><h1>Story headline</h1>${FORM}</div>`, '#s'],
    [
      "a post opening on its meta row's link to the comments, its form under it",
      `<div id="s"><div><span><a href="#respond">Leave a comment</a></span></div><h2>Post title</h2>${STORY}${FORM}</div>`,
      '#s',
    ],
    ['a label that is a link', `<div id="s"><a href="#comments">Comments (4)</a>${STORY}${FORM}</div>`, '#s'],
  ])('should leave %s', (_case, html, selector) => {
    expect(sectionAt(html, selector)).toBe(false);
  });
});
