import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isVenueFactsBox } from '../../../utils/dom/is-venue-facts-box';

/** `#box` of a small page. */
function box(html: string): Element {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('box');
  if (!element) throw new Error('no #box');
  return element;
}

const FACTS =
  '<ul><li><strong>Address:</strong> 418 Eastgate Avenue</li><li><strong>Hours:</strong> Tue–Sat 5:30–10:30 pm</li>' +
  '<li><strong>Price:</strong> $$$ (pintxos $3–6)</li><li><strong>Our rating:</strong> 4 out of 5</li></ul>';

describe('isVenueFactsBox', () => {
  it.each([
    ['a box with the venue’s name over its facts', `<div id="box"><h4>Casa Liora</h4>${FACTS}</div>`],
    ['the facts list alone', FACTS.replace('<ul>', '<ul id="box">')],
    [
      'a bar’s card with phone and website',
      '<aside id="box"><ul><li>Where: 12 Dock Road</li><li>Phone: 555-0112</li><li>Website: thedock.example</li></ul></aside>',
    ],
  ])('should read %s as furniture', (_case, html) => {
    expect(isVenueFactsBox(box(html))).toBe(true);
  });

  it.each([
    [
      'the review’s own list of dishes',
      '<ul id="box"><li>Starter: the gilda, sharp and salty</li><li>Main: the txuleta, for two</li><li>Dessert: the cheesecake</li></ul>',
    ],
    [
      'a list of prose items',
      '<ul id="box"><li>open up, switch on the heating and put the kettle on;</li><li>keep the visitors’ book;</li><li>lock up.</li></ul>',
    ],
    [
      'a box with a paragraph of prose over the facts',
      `<div id="box"><p>We went twice, once on a Tuesday and once on a busy Saturday night, and paid our own way.</p>${FACTS}</div>`,
    ],
    ['two labelled facts only', '<ul id="box"><li>Address: 418 Eastgate Avenue</li><li>Hours: Tue–Sat</li></ul>'],
  ])('should leave %s', (_case, html) => {
    expect(isVenueFactsBox(box(html))).toBe(false);
  });
});
