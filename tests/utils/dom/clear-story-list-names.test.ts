import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearStoryListNames } from '../../../utils/dom/clear-story-list-names';

const ITEMS = '<li>the reduction of fines for formal errors;</li><li>a grace period of 180 days for operators;</li>';

/** The `[data-list]` element's class after `clearStoryListNames` on the page's `<h1>`. */
function classAfter(body: string): string | null {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  clearStoryListNames(document.querySelector('h1') ?? undefined);
  return document.querySelector('[data-list]')?.getAttribute('class') ?? null;
}

describe('clearStoryListNames', () => {
  it.each([
    [
      'a component-prefixed list',
      `<article><h1>T</h1><ul data-list class="com-list big">${ITEMS}</ul></article>`,
      'big',
    ],
    ['a list named as a widget in main', `<main><h1>T</h1><ol data-list class="list-widget">${ITEMS}</ol></main>`, ''],
  ])('should take the negative words off %s of prose items', (_case, body, expected) => {
    expect(classAfter(body)).toBe(expected);
  });

  it.each([
    [
      'a list of links',
      '<article><h1>T</h1><ul data-list class="related"><li><a href="/a">A story about the port</a></li><li><a href="/b">Another story on the wall</a></li></ul></article>',
    ],
    [
      'a row of short buttons',
      '<article><h1>T</h1><ul data-list class="share"><li>Facebook</li><li>Email</li></ul></article>',
    ],
    [
      'a single item',
      '<article><h1>T</h1><ul data-list class="com-list"><li>the reduction of fines for formal errors;</li></ul></article>',
    ],
    ['a list outside the story', `<article><h1>T</h1></article><ul data-list class="com-list">${ITEMS}</ul>`],
    ['a page without a story container', `<div><h1>T</h1><ul data-list class="com-list">${ITEMS}</ul></div>`],
  ])('should keep the names of %s', (_case, body) => {
    expect(classAfter(body)).toMatch(/com-list|related|share/);
  });
});
