import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearCommentWords } from '../../../utils/dom/clear-comment-words';

/** The page's `#box` class and id after `clearCommentWords` on the page's `<h1>` (or on no headline). */
function namesAfter(html: string, withHeadline = true): { className: string | null; id: string | null } {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  clearCommentWords(withHeadline ? (document.querySelector('h1') ?? undefined) : undefined);
  const box = document.querySelector('[data-box]');
  return { className: box?.getAttribute('class') ?? null, id: box?.getAttribute('id') ?? null };
}

describe('clearCommentWords', () => {
  it.each([
    [
      'an expert comment holding the headline',
      '<article data-box class="expert-comment node"><h1>T</h1></article>',
      'node',
    ],
    ['a commentary wrapper around the headline', '<div data-box class="commentary"><div><h1>T</h1></div></div>', ''],
  ])('should take the word off %s', (_case, html, expected) => {
    expect(namesAfter(html).className).toBe(expected);
  });

  it('should take a comment-named id off the headline’s wrapper', () => {
    expect(namesAfter('<div data-box id="comment-piece" class="story"><h1>T</h1></div>')).toEqual({
      className: 'story',
      id: null,
    });
  });

  it.each([
    ['a comment section beside the headline', '<h1>T</h1><section data-box class="comments-area"><p>Hi</p></section>'],
    ['a comment inside the story', '<article><h1>T</h1><div data-box class="comment"><p>Hi</p></div></article>'],
  ])('should keep the names of %s', (_case, html) => {
    expect(namesAfter(html).className).not.toBeNull();
    expect(namesAfter(html).className).toMatch(/comment/);
  });

  it('should keep the page-wide flags on the root and the body', () => {
    const { document } = parseHTML(
      '<html class="feature_newcomments"><body class="comments-on"><div><h1>T</h1></div></body></html>',
    );
    clearCommentWords(document.querySelector('h1') ?? undefined);
    expect([document.documentElement.className, document.body.className]).toEqual([
      'feature_newcomments',
      'comments-on',
    ]);
  });

  it('should change nothing without a headline', () => {
    expect(namesAfter('<article data-box class="expert-comment"><h1>T</h1></article>', false).className).toBe(
      'expert-comment',
    );
  });
});
