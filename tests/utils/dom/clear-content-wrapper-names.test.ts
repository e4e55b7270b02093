import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearContentWrapperNames } from '../../../utils/dom/clear-content-wrapper-names';

const PARAS = '<p>One sentence of the story.</p><p>Another sentence of it.</p><p>A third, to close.</p>';
const DIV_PARAS =
  '<div>One sentence of the story.</div><div>Another sentence of it.</div><div>A third, to close.</div>';
const BR_PARAS = 'One sentence of the story.<br><br>Another sentence of it.<br><br>A third, to close.<br><br>';

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
      "Elementor's post-content widget wrapper, paragraphs set as divs",
      `<div class="elementor-widget elementor-widget-theme-post-content"><div data-w class="elementor-widget-container">${DIV_PARAS}</div></div>`,
      '',
    ],
    [
      "Elementor's post-content widget wrapper, paragraphs set with double line breaks",
      `<div class="elementor-widget elementor-widget-theme-post-content"><div data-w class="elementor-widget-container">${BR_PARAS}</div></div>`,
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
      'a wrapper of icon links set in divs',
      '<div class="post-content"><div data-w class="share-widget"><div><a href="/f"><img src="f.png"></a></div><div><a href="/t"><img src="t.png"></a></div><div><a href="/m"><img src="m.png"></a></div></div></div>',
      'share-widget',
    ],
    [
      'a wrapper of lines set with single line breaks',
      '<div class="post-content"><div data-w class="share-widget">Share<br>Tweet<br>Email<br></div></div>',
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
