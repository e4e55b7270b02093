import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isHeadlinePairDek } from '../../../utils/dom/is-headline-pair-dek';

const DEK =
  'The average time patients waited in ambulances outside A&E fell in October, but health leaders warn winter pressures are only beginning.';
const STORY =
  'The time patients spend waiting in ambulances outside hospital emergency departments in England has fallen for the first time in two years.';

/** Whether the page's `#dek` is read as the dek paired with its `<h1>`. */
function dek(html: string): boolean {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('dek');
  if (!element) throw new Error('no #dek');
  return isHeadlinePairDek(element, doc.querySelector('h1') ?? undefined);
}

describe('isHeadlinePairDek', () => {
  it('should find the paragraph a header block pairs with the headline', () => {
    expect(
      dek(
        `<div><div><h1>Ambulance handover delays fall</h1><p id="dek">${DEK}</p></div><div>By Ann Lee</div></div><div><p>${STORY}</p></div>`,
      ),
    ).toBe(true);
  });

  it.each([
    ['a lede running on with the story', `<article><h1>Title</h1><p id="dek">${DEK}</p><p>${STORY}</p></article>`],
    ['a byline paired with the headline', '<div><h1>Title</h1><p id="dek">By Ann Lee and Tom Park</p></div>'],
    ['a paragraph after a subheading', `<div><h2>Title</h2><p id="dek">${DEK}</p></div>`],
    ['a paragraph longer than a dek', `<div><h1>Title</h1><p id="dek">${DEK} ${STORY} ${STORY}</p></div>`],
  ])('should not find %s', (_case, html) => {
    expect(dek(html)).toBe(false);
  });
});
