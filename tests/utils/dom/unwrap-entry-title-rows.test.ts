import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { unwrapEntryTitleRows } from '../../../utils/dom/unwrap-entry-title-rows';

const BLURB =
  '<div class="blurb"><p>Baker Nell Ashdown solves crimes between morning bread runs in a seaside town in Maine, fourteen books in.</p></div>';

/** The body's HTML after unwrapping. */
function unwrapped(html: string): string {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  unwrapEntryTitleRows(doc);
  return doc.body.innerHTML;
}

describe('unwrapEntryTitleRows', () => {
  it.each([
    [
      'a ranked entry: rank span beside a linked heading',
      `<ol><li><div class="listItem_header"><span class="rank">1</span><h2><a href="/r/1">The Lantern Street Bakery Mysteries</a></h2></div>${BLURB}</li></ol>`,
      `<ol><li><h2><a href="/r/1">The Lantern Street Bakery Mysteries</a></h2>${BLURB}</li></ol>`,
    ],
    [
      'a "#2" rank',
      `<div><div class="row"><span>#2</span><h3>The Tidewater Bookshop Mysteries</h3></div>${BLURB}</div>`,
      `<div><h3>The Tidewater Bookshop Mysteries</h3>${BLURB}</div>`,
    ],
  ])('should unwrap %s', (_case, html, expected) => {
    expect(unwrapped(html)).toBe(expected);
  });

  it.each([
    [
      'a most-read row (no paragraph under it)',
      '<ol><li><div class="header"><span>1</span><h3><a href="/a">Council votes on bypass</a></h3></div></li></ol>',
    ],
    [
      'a heading in a wrapper of its own, without a rank',
      `<div><div class="title"><h2>Harvest season</h2></div>${BLURB}</div>`,
    ],
    [
      'a row holding more than a rank beside its heading',
      `<div><div class="row"><span>Updated 2h ago</span><h3>Harvest season</h3></div>${BLURB}</div>`,
    ],
  ])('should leave %s', (_case, html) => {
    expect(unwrapped(html)).toBe(html);
  });
});
