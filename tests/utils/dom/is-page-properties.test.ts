import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isFurniture } from '../../../utils/dom/is-furniture';
import { isPageProperties } from '../../../utils/dom/is-page-properties';

const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('t');
  if (!element) throw new Error('no #t');
  return element;
};

describe('isPageProperties', () => {
  it.each([
    [
      "a notion.site page's properties table",
      '<div id="t" role="table" aria-label="Page properties"><div role="row"><div role="rowheader">Published</div><div role="cell">November 24, 2026</div></div></div>',
    ],
    [
      "a Super.so page's properties",
      '<div id="t" class="notion-collection-page-properties"><table><tr><td>Tags</td></tr></table></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isPageProperties(elementOf(html))).toBe(true);
    expect(isFurniture(elementOf(html))).toBe(true);
  });

  it.each([
    ['a data table of the story', '<table id="t" aria-label="Ridership by route"><tr><td>Route 4</td></tr></table>'],
    ['a story paragraph about properties', '<p id="t">Page properties of the old mill went up for sale.</p>'],
    ['a Notion text block', '<div id="t" class="notion-selectable notion-text-block">Members voted.</div>'],
  ])('should not find %s', (_case, html) => {
    expect(isPageProperties(elementOf(html))).toBe(false);
  });
});
