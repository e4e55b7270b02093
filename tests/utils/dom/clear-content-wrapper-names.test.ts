import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearContentWrapperNames } from '../../../utils/dom/clear-content-wrapper-names';

const PARAS = '<p>One sentence of the story.</p><p>Another sentence of it.</p><p>A third, to close.</p>';

/** The `[data-w]` element's class after `clearContentWrapperNames` on the page. */
function classAfter(body: string): string | null {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  clearContentWrapperNames(document as unknown as Document);
  return document.querySelector('[data-w]')?.getAttribute('class') ?? null;
}

describe('clearContentWrapperNames', () => {
  it.each([
    [
      "Elementor's post-content widget wrapper",
      `<div class="elementor-widget elementor-widget-theme-post-content"><div data-w class="elementor-widget-container">${PARAS}</div></div>`,
      '',
    ],
    [
      'a text widget wrapper inside an entry block',
      `<div class="entry-content"><div data-w class="widget-inner box">${PARAS}</div></div>`,
      'box',
    ],
  ])('should take the negative words off %s', (_case, body, expected) => {
    expect(classAfter(body)).toBe(expected);
  });

  it.each([
    [
      'a wrapper with siblings',
      `<div class="post-content"><div data-w class="share-widget">${PARAS}</div><p>Story.</p></div>`,
      'share-widget',
    ],
    [
      'a wrapper of one short paragraph',
      '<div class="post-content"><div data-w class="share-widget"><p>Share this</p></div></div>',
      'share-widget',
    ],
    [
      'a widget wrapper in a sidebar block',
      `<div class="sidebar-area"><div data-w class="elementor-widget-container">${PARAS}</div></div>`,
      'elementor-widget-container',
    ],
    [
      'a wrapper without negative words',
      `<div class="post-content"><div data-w class="inner">${PARAS}</div></div>`,
      'inner',
    ],
  ])('should leave %s as it is', (_case, body, expected) => {
    expect(classAfter(body)).toBe(expected);
  });
});
