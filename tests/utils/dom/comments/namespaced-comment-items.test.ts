import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { namespacedCommentItems } from '../../../../utils/dom/comments/namespaced-comment-items';

const itemsIn = (html: string): string[] => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const candidates = [...document.querySelectorAll('[class*="comment" i]')] as unknown as Element[];
  return [...namespacedCommentItems(candidates)].map((element) => element.textContent ?? '');
};

describe('namespacedCommentItems', () => {
  it.each([
    [
      'SITE123 comments (`li.s123-comment`)',
      '<ul class="s123-comments-list"><li class="s123-comment">Ann: Glad to see it.</li><li class="s123-comment">Bo: Me too.</li></ul>',
      ['Ann: Glad to see it.', 'Bo: Me too.'],
    ],
    [
      'Shopify Dawn comments (`article.article-template__comments-comment`)',
      '<div id="comments"><article class="article-template__comments-comment"><p>Lovely.</p></article><article class="article-template__comments-comment"><p>Thanks!</p></article></div>',
      ['Lovely.', 'Thanks!'],
    ],
    [
      'Squarespace 5 journal comments (`div.journal-comment-wrapper` in `div.journal-comment-area`)',
      '<div class="journal-comment-area"><h3>Reader Comments (2)</h3><div class="journal-comment-block"><a name="c1"></a><div class="journal-comment-wrapper odd"><div class="journal-comment"><div class="body"><p>Brilliant work.</p></div></div></div><a name="c2"></a><div class="journal-comment-wrapper even"><div class="journal-comment"><div class="body"><p>Agreed.</p></div></div></div></div></div>',
      ['Brilliant work.', 'Agreed.'],
    ],
  ])('should name the items of %s', (_case, html, items) => {
    expect(itemsIn(html)).toEqual(items);
  });

  it.each([
    ['a lone button', '<div><button class="post-comment">Post comment</button></div>'],
    [
      'two differently named parts',
      '<div><a class="add-comment">Add a comment</a><span class="fa-comment">3</span></div>',
    ],
    ['a list named in the plural', '<div><ul class="s123-comments"></ul><ul class="s123-comments"></ul></div>'],
    [
      'a sidebar of recent comments on other posts',
      '<div class="recent_comments widget"><ul><li class="hentry-thumb-comment">Tess on Cancer: …</li><li class="hentry-thumb-comment">Trish on Sleep: …</li></ul></div>',
    ],
    [
      'a list outside any comment section',
      '<div class="responses"><article class="p_comment">Wow</article><article class="p_comment">hi</article></div>',
    ],
    [
      'script hooks (`js-comment`)',
      '<div id="comments"><div class="js-comment">Mita B.: Useful tips.</div><div class="js-comment">Aideen O.: Thanks!</div></div>',
    ],
    ['bare tokens, which the item names already read', '<div><p class="comment">A</p><p class="comment">B</p></div>'],
    [
      'a list in a block named for one comment (`comment-block`), not for the section',
      '<div class="post-comment-block"><span class="x-comment">Reply</span><span class="x-comment">Share</span></div>',
    ],
  ])('should name none in %s', (_case, html) => {
    expect(itemsIn(html)).toEqual([]);
  });
});

describe('namespacedCommentItems: the box around one comment', () => {
  it('should name the list items of a Viafoura list (`li.vf-comment-container`)', () => {
    const html =
      '<div id="comments"><ol class="vf-comments-list"><li class="vf-comment-container"><div class="vf-comment"><p>About time.</p></div></li><li class="vf-comment-container"><div class="vf-comment"><p>Tell the bus barn.</p></div></li></ol></div>';
    expect(itemsIn(html)).toEqual(['About time.', 'Tell the bus barn.']);
  });

  it.each([
    [
      'a lone wrapper',
      '<div id="comments"><div class="vf-comment-container"><div class="vf-comment"><p>Only one.</p></div></div></div>',
    ],
    [
      'wrappers outside any comment section',
      '<div class="cards"><div class="post-comment-wrap">Reply</div><div class="post-comment-wrap">Reply</div></div>',
    ],
    [
      'a sidebar of latest comments',
      '<div class="widget latest-comments"><div class="sb-comment-item">Ann on Bridges</div><div class="sb-comment-item">Bo on Parks</div></div>',
    ],
  ])('should name none in %s', (_case, html) => {
    expect(itemsIn(html)).toEqual([]);
  });
});

describe('namespacedCommentItems: a comments box under the story', () => {
  it('should name the comments in `div.article-comments-box` (a forum’s first posts under a story)', () => {
    const html =
      '<div class="article-comments-box"><h3>Diskussion über diesen Artikel</h3><div class="article-comment"><p>Für jede Kröte gibt es ein Gutachten.</p></div><div class="article-comment"><p>Die Biber waren zuerst da.</p></div></div>';
    expect(itemsIn(html)).toEqual(['Für jede Kröte gibt es ein Gutachten.', 'Die Biber waren zuerst da.']);
  });

  it('should name none in a box of story teasers that are not in a comments box', () => {
    const html =
      '<div class="teaser-box"><div class="teaser-comment"><p>Meinung: Der Deich</p></div><div class="teaser-comment"><p>Meinung: Der Biber</p></div></div>';
    expect(itemsIn(html)).toEqual([]);
  });
});
