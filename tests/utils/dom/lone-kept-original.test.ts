import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loneKeptOriginal } from '../../../utils/dom/lone-kept-original';
import { cloneRegion } from '../../../utils/dom/read-clone';

/** A page, and what a reading of the clone of its element `#kept` holds. */
function readingOf(html: string) {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const region = doc.querySelector('#kept');
  if (!region) throw new Error('no region');
  return { doc, reading: cloneRegion(doc, region, [], undefined) };
}

describe('loneKeptOriginal', () => {
  it('should give the page element of a reading that holds one', () => {
    const { doc, reading } = readingOf('<div id="kept"><div class="box"><p>Story.</p></div></div>');
    expect(loneKeptOriginal(reading)).toBe(doc.querySelector('.box'));
  });

  it('should give nothing for a reading that holds several', () => {
    const { reading } = readingOf('<div id="kept"><p>One.</p><p>Two.</p></div>');
    expect(loneKeptOriginal(reading)).toBeUndefined();
  });

  it('should give nothing for an empty reading', () => {
    expect(loneKeptOriginal({ content: undefined, pairs: new Map() })).toBeUndefined();
  });
});
