import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { jumpMenuRowTest } from '../../../utils/dom/jump-menu-row-test';

function testFor(html: string): { isRow: (element: Element) => boolean; box: Element } {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const box = doc.getElementById('box');
  if (!box) throw new Error('no #box');
  return { isRow: jumpMenuRowTest(doc), box };
}

const PAGES = Array.from(
  { length: 12 },
  (_, i) => `<option>${i + 1} : Benchmarking Performance Part ${i + 1}</option>`,
);

describe('jumpMenuRowTest', () => {
  it.each([
    [
      "a paged review's picker with the next page and a print button",
      `<div id="box"><a href="/2">Test Bed and Setup</a><select>${PAGES.join('')}</select><span>PRINT THIS ARTICLE</span></div>`,
    ],
    [
      'a labelled chapter menu',
      '<p id="box">Jump to chapter: <select><option>One</option><option>Two</option></select></p>',
    ],
  ])('should read %s as a row', (_case, html) => {
    const { isRow, box } = testFor(html);
    expect(isRow(box)).toBe(true);
  });

  it.each([
    [
      'a paragraph of prose beside a menu',
      '<div id="box"><p>The council will publish the budget for each district in March, and residents can choose theirs from the menu below to see it.</p><select><option>North</option></select></div>',
    ],
    ['a block without a menu', '<div id="box"><a href="/2">Next page</a></div>'],
  ])('should keep %s', (_case, html) => {
    const { isRow, box } = testFor(html);
    expect(isRow(box)).toBe(false);
  });
});
