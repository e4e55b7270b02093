import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isAbstractList } from '../../../utils/dom/is-abstract-list';

const H1 = '<h1 id="h">Ferry fares rise as fuel costs climb</h1>';

/** The list with `id="x"` and the headline (`id="h"`) of a small page. */
const read = (html: string): boolean => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const list = doc.getElementById('x');
  const headline = doc.getElementById('h');
  if (!list || !headline) throw new Error('no list or headline');
  return isAbstractList(list, headline);
};

const BULLETS =
  '<li class="k3">Fares on the island route rise 6% from January</li><li class="k3">The operator blames fuel and crew costs for the rise</li>';

describe('isAbstractList', () => {
  it.each([
    ['two hashed bullets right after the headline', `<article>${H1}<ul id="x" class="j8">${BULLETS}</ul></article>`],
    [
      'bullets after a wrapper holding only the headline',
      `<header><div class="a1">${H1}</div><ol id="x">${BULLETS}</ol><p>By Ann Lee</p></header>`,
    ],
    [
      'a wrapper holding only the bullets, right after the headline',
      `<main>${H1}<div id="x" class="css-9k4w1a"><ul class="css-1xj5bsn">${BULLETS}</ul></div><p>By Ann Lee</p></main>`,
    ],
  ])('should find %s', (_case, html) => {
    expect(read(html)).toBe(true);
  });

  it.each([
    [
      'a list further down the story',
      `<article>${H1}<p>The operator said on Monday.</p><ul id="x">${BULLETS}</ul></article>`,
    ],
    [
      'a menu of links under the headline',
      `<div>${H1}<ul id="x"><li><a href="/a">Fares on the island route rise 6% from January</a></li><li><a href="/b">The operator blames fuel and crew costs</a></li></ul></div>`,
    ],
    [
      'a single bullet',
      `<div>${H1}<ul id="x"><li class="k3">Fares on the island route rise 6% from January</li></ul></div>`,
    ],
    [
      'a wrapper holding the bullets and a line of its own',
      `<main>${H1}<div id="x"><ul>${BULLETS}</ul><p>Fares on the island route rise 6% from January, the operator said.</p></div></main>`,
    ],
    ['a list of short labels', `<div>${H1}<ul id="x"><li>Ferries</li><li>Fares</li><li>Island</li></ul></div>`],
    [
      'a list after a header block holding more than the headline',
      `<div><div>${H1}<p>By Ann Lee</p></div><ul id="x">${BULLETS}</ul></div>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(read(html)).toBe(false);
  });
});
