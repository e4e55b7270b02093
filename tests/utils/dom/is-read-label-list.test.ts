import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isReadLabelList } from '../../../utils/dom/is-read-label-list';

/** The last element of the body: the list under test, after its label. */
const lastElement = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.body.lastElementChild;
  if (!element) throw new Error('no element');
  return element;
};

const TITLES =
  '<ul><li><a href="/a">Ferry fares to rise in January</a></li><li><a href="/b">Pier closes for repairs</a></li></ul>';

describe('isReadLabelList', () => {
  it.each([
    ['ALSO READ:', `<p><strong>ALSO READ:</strong></p>${TITLES}`],
    ['Read also', `<p>Read also</p>${TITLES}`],
    ['See also:', `<h4>See also:</h4>${TITLES}`],
    ['Read more »', `<div><b>Read more »</b></div>${TITLES.replace(/ul>/g, 'ol>')}`],
    ['Mehr zum Thema', `<p class="related-label">Mehr zum Thema</p>${TITLES}`],
    ['Leia também', `<h4>Leia também</h4>${TITLES}`],
    ['Go deeper (a smart-brevity story)', `<h2>Go deeper</h2>${TITLES}`],
    [
      'Más información, in a box with a story card',
      '<div><h3>Más información</h3><article><h4><a href="/a">Las olas de calor causaron 2.100 muertes</a></h4></article></div>',
    ],
    [
      "LEIA TAMBÉM: as the list's own first item",
      '<ul><li><strong>LEIA TAMBÉM:</strong></li><li><a href="/a">Tarifa sobe em janeiro</a></li><li><a href="/b">Obras do BRT na fase final</a></li></ul>',
    ],
  ])('should find the story links under %j', (_label, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(true);
  });

  it.each([
    ['a list with no label over it', `<p>The council said the harbour would reopen.</p>${TITLES}`],
    [
      'a list whose first item is a linked read-also title',
      '<ul><li><a href="/l">Leia também</a></li><li><a href="/a">Tarifa sobe em janeiro</a></li></ul>',
    ],
    [
      'a list of facts under a first-item label',
      '<ul><li><strong>Leia também:</strong></li><li>O percurso terá 24 quilômetros e <a href="/p">15 paradas</a>.</li></ul>',
    ],
    ['a list whose first item is the label alone', '<ul><li><strong>Leia também:</strong></li></ul>'],
    ['a list under a "Related stories:" label (the Dragnet gold keeps those)', `<p>Related stories:</p>${TITLES}`],
    [
      'a list of points under a "Go deeper" label',
      '<p><strong>Go deeper:</strong></p><ul><li>The <a href="/r">report</a> counts 14 closures.</li><li>Fares rose 9%.</li></ul>',
    ],
    [
      'a list of facts with a link in one item',
      '<p>Also read:</p><ul><li>The <a href="/r">council report</a> runs to forty pages.</li><li>Work starts in May.</li></ul>',
    ],
    ['the label paragraph itself', '<ul><li><a href="/a">Ferry fares</a></li></ul><p>Also read:</p>'],
    [
      'a paragraph starting "Read more about" over a list',
      `<p>Read more about the storm in the council's report, which lists the streets it flooded:</p>${TITLES}`,
    ],
    [
      'a box whose label is followed by prose with a link in it',
      '<div><h3>See also</h3><p>The <a href="/r">council report</a> lists every street the storm flooded.</p></div>',
    ],
    ['a label alone in its box', '<div><h3>See also</h3></div>'],
  ])('should keep %s', (_case, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(false);
  });
});
