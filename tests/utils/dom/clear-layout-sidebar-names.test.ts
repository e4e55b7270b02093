import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearLayoutSidebarNames } from '../../../utils/dom/clear-layout-sidebar-names';

/** The page's `[data-box]` class and id after `clearLayoutSidebarNames` on the page's `<h1>` (or on none). */
function namesAfter(html: string, withHeadline = true): { className: string | null; id: string | null } {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  clearLayoutSidebarNames(withHeadline ? (document.querySelector('h1') ?? undefined) : undefined);
  const box = document.querySelector('[data-box]');
  return { className: box?.getAttribute('class') ?? null, id: box?.getAttribute('id') ?? null };
}

/** A layout row holding the story's column and a sidebar beside it. */
const ROW = (names: string): string =>
  `<div data-box class="${names}"><div id="main"><article><h1>T</h1><p>Story</p></article></div>` +
  '<div id="sidebar" class="widget-area"><aside class="widget">Recent posts</aside></div></div>';

describe('clearLayoutSidebarNames', () => {
  it.each([
    [
      'a theme’s row with a right sidebar',
      'container container-single penci_sidebar right-sidebar',
      'container container-single',
    ],
    ['a row that has a sidebar', 'site-content has-sidebar', 'site-content'],
  ])('should take the word off %s', (_case, names, expected) => {
    expect(namesAfter(ROW(names)).className).toBe(expected);
  });

  it('should take a sidebar-named id off the layout row', () => {
    const html =
      '<div data-box id="content-sidebar-wrap" class="wrap"><main><h1>T</h1></main>' +
      '<aside class="sidebar">Links</aside></div>';
    expect(namesAfter(html)).toEqual({ className: 'wrap', id: null });
  });

  it('should keep the inner sidebar’s own name', () => {
    const { document } = parseHTML(`<html><body>${ROW('row right-sidebar')}</body></html>`);
    clearLayoutSidebarNames(document.querySelector('h1') ?? undefined);
    expect(document.querySelector('.widget-area')?.getAttribute('id')).toBe('sidebar');
  });

  it.each([
    ['the <main> landmark', '<main data-box class="lay-sidebar">', '</main>'],
    ['a role="main" column', '<div data-box role="main" class="col with-sidebar">', '</div>'],
  ])('should take the word off %s holding the headline, with no sidebar named beside it', (_case, open, close) => {
    const html = `${open}<article><h1>T</h1><p>Story</p></article>${close}<aside class="mod-ranking">Most read</aside>`;
    expect(namesAfter(html).className).not.toMatch(/sidebar/);
  });

  it('should leave a sidebar-named <main> that does not hold the headline', () => {
    const html = '<article><h1>T</h1></article><main data-box class="sidebar">Links</main>';
    expect(namesAfter(html).className).toBe('sidebar');
  });

  it('should leave a sidebar holding the headline but no sidebar beside it', () => {
    expect(namesAfter('<div data-box class="sidebar"><h1>T</h1><p>Links</p></div>').className).toBe('sidebar');
  });

  it('should leave a row whose only sidebar-named block is the one holding the headline', () => {
    const html = '<div data-box class="right-sidebar"><div class="sidebar-inner"><h1>T</h1></div></div>';
    expect(namesAfter(html).className).toBe('right-sidebar');
  });

  it('should change nothing without a headline', () => {
    expect(namesAfter(ROW('row right-sidebar'), false).className).toBe('row right-sidebar');
  });
});
