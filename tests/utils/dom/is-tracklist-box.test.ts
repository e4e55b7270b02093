import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isTracklistBox } from '../../../utils/dom/is-tracklist-box';

/** `isTracklistBox` for the page's `#t`. */
function boxAt(html: string): boolean {
  const doc = parseHTML(`<html><body><main>${html}</main></body></html>`).document as unknown as Document;
  const element = doc.getElementById('t');
  if (!element) throw new Error('fixture needs #t');
  return isTracklistBox(element);
}

describe('isTracklistBox', () => {
  it.each([
    [
      'a collapsed tracklist',
      '<details id="t"><summary>Tracklist</summary><ol><li>Launderette Lights</li><li>Paper Moon Motel</li></ol></details>',
    ],
    [
      'a headed track listing box',
      '<div id="t"><h3>Track listing:</h3><ol><li>Tin Roof Weather</li><li>Gull Season</li></ol></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(boxAt(html)).toBe(true);
  });

  it.each([
    [
      'a setlist the story leads into',
      '<div id="t"><p>Pale Ferry played:</p><ul><li>Concrete Tide</li><li>Harbour Lights</li></ul></div>',
    ],
    [
      'a section about the tracklist with prose',
      '<section id="t"><h2>Tracklist</h2><p>The running order was changed twice before release, and the label still regrets it.</p><ol><li>Gull Season</li></ol></section>',
    ],
    [
      'a FAQ accordion',
      '<details id="t"><summary>How long is the album?</summary><ul><li>Forty minutes.</li></ul></details>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(boxAt(html)).toBe(false);
  });
});
