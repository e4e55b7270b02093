import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCreditsBox } from '../../../utils/dom/is-credits-box';

/** `isCreditsBox` for the page's `#c`. */
function boxAt(html: string): boolean {
  const doc = parseHTML(`<html><body><main>${html}</main></body></html>`).document as unknown as Document;
  const element = doc.getElementById('c');
  if (!element) throw new Error('fixture needs #c');
  return isCreditsBox(element);
}

describe('isCreditsBox', () => {
  it.each([
    [
      'a film review’s credits card',
      '<section id="c"><h2>Film Credits</h2><div>The Lamplighter’s Daughter (2026)</div><div>Rated PG-13 for thematic material.</div><div><span>Runtime</span> 114 minutes</div><h3>Cast</h3><ul><li>Mirela Dobos as Edit Marosi</li></ul><h3>Director</h3><ul><li>Anselm Varga</li></ul></section>',
    ],
    [
      'a cast and crew list',
      '<div id="c"><h3>Cast &amp; Crew</h3><dl><dt>Director</dt><dd>Anselm Varga</dd><dt>Writer</dt><dd>Anselm Varga</dd></dl></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(boxAt(html)).toBe(true);
  });

  it.each([
    [
      'a section under a credits heading that tells a story',
      '<section id="c"><h2>Credits</h2><p>The closing credits run for eleven minutes, and the director insisted every crew member’s child be named in them, which is why the list includes a baby born during the shoot.</p></section>',
    ],
    [
      'a box whose first heading is another one',
      '<section id="c"><h2>What we thought</h2><h3>Details</h3><ul><li>Runtime 114 minutes</li></ul></section>',
    ],
    [
      'a box where the heading comes after other blocks',
      '<section id="c"><p>Runtime 114 minutes</p><h3>Credits</h3><ul><li>Anselm Varga</li></ul></section>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(boxAt(html)).toBe(false);
  });
});
