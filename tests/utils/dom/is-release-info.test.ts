import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isReleaseInfo } from '../../../utils/dom/is-release-info';

/** `isReleaseInfo` for the page's `#r`. */
function infoAt(html: string): boolean {
  const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
  const element = doc.getElementById('r');
  if (!element) throw new Error('fixture needs #r');
  return isReleaseInfo(element);
}

describe('isReleaseInfo', () => {
  it.each([
    [
      'an album card with bold labels',
      '<p id="r"><strong>Artist:</strong> Juniper Vale<br><strong>Album:</strong> Small Hours Radio<br><strong>Label:</strong> Greywater Records<br><strong>Release date:</strong> 21 November 2026</p>',
    ],
    ['a film card', '<p id="r">Director: Anselm Varga<br>Runtime: 114 minutes<br>Rated: PG-13</p>'],
  ])('should find %s', (_case, html) => {
    expect(infoAt(html)).toBe(true);
  });

  it.each([
    ['a prose paragraph', '<p id="r">The label released the album on 21 November, three years after her debut.</p>'],
    [
      'a transcript’s speaker lines',
      '<p id="r">MARSH: When did the album come out?<br>VALE: In November.<br>MARSH: And the label?</p>',
    ],
    [
      'labelled lines without a release label',
      '<p id="r">Artist: Juniper Vale<br>Album: Small Hours Radio<br>Hometown: Leeds</p>',
    ],
    ['an address block', '<p id="r">Venue: The Brudenell<br>Address: 33 Queen’s Road, Leeds<br>Doors: 7pm</p>'],
    [
      'a paragraph with a labelled line and prose after a break',
      '<p id="r">Label: Greywater Records<br>Release date: 21 November<br>The record was made in a church over four nights, and it shows.</p>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(infoAt(html)).toBe(false);
  });
});
