import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isNavLabel } from '../../../utils/dom/is-nav-label';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

const PARTS = '<nav><a href="/1">A CLI in one file</a><a href="/2">Flags that read like English</a></nav>';

describe('isNavLabel', () => {
  it.each([
    [
      'a series title in a header over its parts',
      `<div><header id="x"><h2>Small tools in Go (3 Part Series)</h2></header>${PARTS}</div>`,
    ],
    [
      'a heading over a nav of hashed classes',
      `<div class="c1x"><h3 id="x" class="c9z">In this series</h3>${PARTS}</div>`,
    ],
  ])('should find %s', (_case, html) => {
    expect(isNavLabel(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a dek over a byline row set as a nav of spans',
      '<h2 id="x">The weather office said the system would cross the coast on Sunday.</h2>' +
        '<nav><ul><li><span>Press Trust of India</span></li><li>Nov 28, 2026 20:31 pm IST</li></ul></nav>',
    ],
    ['a subheading over a paragraph', '<h2 id="x">The reader</h2><p>The whole thing is one loop over lines.</p>'],
    ['a paragraph before a nav', `<p id="x">The tool reads a dozen keys.</p>${PARTS}`],
    [
      'a heading with a list of links that is no nav',
      '<h2 id="x">Further reading</h2><ul><li><a href="/a">A</a></li></ul>',
    ],
    [
      'a heading as long as prose before a nav',
      `<h2 id="x">${'The whole thing is one loop over lines. '.repeat(4)}</h2>${PARTS}`,
    ],
  ])('should not read %s as a nav label', (_case, html) => {
    expect(isNavLabel(elementOf(html))).toBe(false);
  });
});
