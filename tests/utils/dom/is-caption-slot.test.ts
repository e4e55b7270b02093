import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCaptionSlot } from '../../../utils/dom/is-caption-slot';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';

/** The page's first element with a `slot` attribute, from `html` placed in a body. */
function slotted(html: string): Element {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return document.querySelector('[slot]') as unknown as Element;
}

describe('isCaptionSlot', () => {
  it.each([
    ['a caption slot', '<x-image><span slot="caption">Ferry at dusk.</span></x-image>'],
    ['a credit slot', '<x-image><span slot="credit">Image: Ann Lee</span></x-image>'],
    ['a figcaption slot', '<x-figure><p slot="figcaption">Ferry at dusk.</p></x-figure>'],
    ['a prefixed caption slot', '<x-figure><span slot="image-caption">Ferry at dusk.</span></x-figure>'],
    ['a prefixed credit slot', '<x-figure><span slot="photo_credit">Ann Lee</span></x-figure>'],
  ])('should read %s as a caption', (_, html) => {
    expect(isCaptionSlot(slotted(html))).toBe(true);
    expect(isFurnitureElement(slotted(html))).toBe(true);
  });

  it.each([
    ['the story slot', '<x-page><div slot="body"><p>The ferry returns on Monday.</p></div></x-page>'],
    ['the headline slot', '<x-page><h1 slot="headline">Ferry returns</h1></x-page>'],
    ['a caption toggle', '<x-figure><button slot="caption-toggle">Show caption</button></x-figure>'],
    ['a lead slot', '<x-page><p slot="lead">The ferry returns on Monday after a refit.</p></x-page>'],
  ])('should not read %s as a caption', (_, html) => {
    expect(isCaptionSlot(slotted(html))).toBe(false);
  });
});
