import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearUnlikelyWords } from '../../../utils/dom/clear-unlikely-words';

/** The page's `#box` class and id after `clearUnlikelyWords` on the page's `<h1>` (or on no headline). */
function namesAfter(html: string, withHeadline = true): { className: string | null; id: string | null } {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  clearUnlikelyWords(withHeadline ? (document.querySelector('h1') ?? undefined) : undefined);
  const box = document.querySelector('[data-box]');
  return { className: box?.getAttribute('class') ?? null, id: box?.getAttribute('id') ?? null };
}

describe('clearUnlikelyWords', () => {
  it.each([
    [
      'an expert comment holding the headline',
      '<article data-box class="expert-comment node"><h1>T</h1></article>',
      'node',
    ],
    ['a commentary wrapper around the headline', '<div data-box class="commentary"><div><h1>T</h1></div></div>', ''],
    [
      'a layout wrapper named for its sidebar',
      '<div data-box class="layout-with-sidebar wide"><div><h1>T</h1></div><aside class="sidebar"></aside></div>',
      'wide',
    ],
    ['a story named as sponsored', '<section data-box class="sponsored-story"><h1>T</h1></section>', ''],
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

  it('should keep the names of the blocks inside a cleared wrapper', () => {
    const html = '<div class="layout-with-sidebar"><h1>T</h1><aside data-box class="sidebar"><p>Hi</p></aside></div>';
    expect(namesAfter(html).className).toBe('sidebar');
  });

  it('should keep the word "header" on a header block around the headline', () => {
    expect(namesAfter('<header data-box class="entry-header"><h1>T</h1></header>').className).toBe('entry-header');
  });

  it('should keep the page-wide flags on the root and the body', () => {
    const { document } = parseHTML(
      '<html class="feature_newcomments"><body class="comments-on"><div><h1>T</h1></div></body></html>',
    );
    clearUnlikelyWords(document.querySelector('h1') ?? undefined);
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
