import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { unwrapAccordionHeadings } from '../../../utils/dom/unwrap-accordion-headings';

/** The body's HTML after unwrapping. */
function unwrapped(html: string): string {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  unwrapAccordionHeadings(doc);
  return doc.body.innerHTML;
}

describe('unwrapAccordionHeadings', () => {
  it.each([
    [
      'an FAQ toggle',
      '<h3><button aria-expanded="false" aria-controls="p1">Is SNAP a food bank?</button></h3>',
      '<h3>Is SNAP a food bank?</h3>',
    ],
    [
      'a toggle with markup inside',
      '<h2><button aria-controls="p2"><span>What counts as a visit?</span></button></h2>',
      '<h2><span>What counts as a visit?</span></h2>',
    ],
  ])('should keep the text of %s in its heading', (_case, html, expected) => {
    expect(unwrapped(html)).toBe(expected);
  });

  it.each([
    [
      'a button beside the heading’s text',
      '<h2>Who uses food banks? <button aria-expanded="false">Share</button></h2>',
    ],
    ['a plain button in a heading', '<h3><button>Copy link</button></h3>'],
    ['a toggle outside a heading', '<div><button aria-expanded="false">Menu</button></div>'],
  ])('should leave %s', (_case, html) => {
    expect(unwrapped(html)).toBe(html);
  });
});
