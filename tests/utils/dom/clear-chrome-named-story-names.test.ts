import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearChromeNamedStoryNames } from '../../../utils/dom/clear-chrome-named-story-names';

const PROSE =
  'Before your assistant sends a single reply, give them read-only access for five working days and ask them to sort every incoming message into four piles.';
const STORY = `<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`;

/** The class and id of `#box` after clearing (the id read through its `data-name`, as clearing may remove it). */
function namesAfter(html: string): string {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  clearChromeNamedStoryNames(doc);
  const box = doc.querySelector('[data-box]');
  return `${box?.getAttribute('class') ?? ''}|${box?.id ?? ''}`;
}

describe('clearChromeNamedStoryNames', () => {
  it.each([
    ['a story column named for its share bar', `<div data-box class="social-rel">${STORY}</div>`, '|'],
    [
      'a story column whose id names its menu-side layout',
      `<nav class="slide-menu"><a href="/">Home</a></nav><div data-box id="menu-wrap"><h1>Title</h1>${STORY}</div>`,
      '|',
    ],
    [
      'a wrapper whose other names stay',
      `<div data-box class="blog-grid social-rel wrap">${STORY}</div>`,
      'blog-grid wrap|',
    ],
  ])('should take the chrome words off %s', (_case, html, expected) => {
    expect(namesAfter(html)).toBe(expected);
  });

  it.each([
    [
      'a share row with no prose',
      `<div data-box class="social-share"><a href="#">Facebook</a></div>${STORY}`,
      'social-share|',
    ],
    [
      'a follow box with a long bio beside a longer story',
      `<div data-box class="social-follow"><p>${PROSE}</p></div><div class="entry">${STORY}${STORY}</div>`,
      'social-follow|',
    ],
    [
      'a block whose name also says "comments"',
      `<div data-box class="social-comments">${STORY}</div>`,
      'social-comments|',
    ],
    [
      'a block saved by an article word, which Readability keeps anyway',
      `<div data-box class="social-rel article-text">${STORY}</div>`,
      'social-rel article-text|',
    ],
    [
      "an off-canvas menu's wrapper around the whole page, header and all",
      `<div data-box id="menu-wrap"><header>Site</header>${STORY}</div>`,
      '|menu-wrap',
    ],
    [
      "a theme's whole-page wrapper holding the menu's own blocks",
      `<div data-box class="menu-container"><div class="menu-header"><a href="/">Home</a></div>${STORY}</div>`,
      'menu-container|',
    ],
  ])('should leave %s', (_case, html, expected) => {
    expect(namesAfter(html)).toBe(expected);
  });
});
