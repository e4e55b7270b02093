import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isRecirculationRegion } from '../../../utils/dom/is-recirculation-region';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

const LINKS =
  '<ul><li><a href="/a">Bridge closure to cause delays on SH1</a></li><li><a href="/b">Black Caps name spinner</a></li></ul>';

describe('isRecirculationRegion', () => {
  it.each([
    [
      'a region labelled "Latest news"',
      `<section id="x" role="region" aria-label="Latest news"><h2>Latest</h2>${LINKS}</section>`,
    ],
    ['a div region labelled "More from News"', `<div id="x" role="region" aria-label="More from News">${LINKS}</div>`],
    [
      'a section labelled by its heading "Most read"',
      `<section id="x" aria-labelledby="h"><h2 id="h">Most read</h2>${LINKS}</section>`,
    ],
  ])('should find %s', (_case, html) => {
    expect(isRecirculationRegion(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a live page\'s "Latest" region of updates',
      '<section id="x" aria-label="Latest"><p>The council confirmed at 4pm that the bridge would stay shut until Monday, and <a href="/d">detours</a> are signed.</p></section>',
    ],
    ['a region named for the story', `<section id="x" role="region" aria-label="Methodology">${LINKS}</section>`],
    ['an unlabelled section of links', `<section id="x">${LINKS}</section>`],
    ['a div without a region role', `<div id="x" aria-label="Latest news">${LINKS}</div>`],
  ])('should leave %s', (_case, html) => {
    expect(isRecirculationRegion(elementOf(html))).toBe(false);
  });
});
