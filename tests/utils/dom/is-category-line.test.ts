import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCategoryLine } from '../../../utils/dom/is-category-line';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

describe('isCategoryLine', () => {
  it.each([
    [
      'a Hausa theme’s category in its meta row',
      '<div id="x"><span><span class="meta_text">a cikin</span> <a href="https://aminiya.example/category/labarai/" rel="category tag">Labarai</a></span></div>',
    ],
    ['an English one', '<div id="x">in <a href="/category/news/" rel="category tag">News</a></div>'],
    [
      'two categories after a label',
      '<div id="x">Posted in <a href="/category/local/">Local</a>, <a href="/category/courts/">Courts</a></div>',
    ],
    ['a French label and a tag link', '<p id="x">Dans : <a href="/tag/societe/" rel="tag">Société</a></p>'],
  ])('should find %s', (_case, html) => {
    expect(isCategoryLine(elementOf(html))).toBe(true);
  });

  it.each([
    ['a link alone, without a label', '<div id="x"><a href="/category/news/" rel="category tag">News</a></div>'],
    [
      'a sentence around a category link',
      '<p id="x">The council’s <a href="/category/budget/">budget coverage</a> is collected here every week.</p>',
    ],
    ['words after the link', '<p id="x">In <a href="/category/news/">News</a> the ferry ran late again</p>'],
    ['a link to a story', '<p id="x">Read: <a href="/2026/11/28/ferry-cut/">Ferry cut</a></p>'],
    [
      'a category and a comments link',
      '<div id="x">in <a href="/category/news/">News</a> | <a href="#respond">Leave a comment</a></div>',
    ],
    ['a long label', '<div id="x">This story was filed by our desk in <a href="/category/news/">News</a></div>'],
    ['an inline element', '<div>Filed <span id="x">in <a href="/category/news/">News</a></span></div>'],
  ])('should keep %s', (_case, html) => {
    expect(isCategoryLine(elementOf(html))).toBe(false);
  });
});
