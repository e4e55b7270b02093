import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../utils/dom/is-boilerplate-line';
import { isHeadedFurnitureBox } from '../../../utils/dom/is-headed-furniture-box';

/** The first element of a page fragment. */
const boxOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const box = doc.body.firstElementChild;
  if (!box) throw new Error('no box');
  return box;
};

describe('isHeadedFurnitureBox', () => {
  it.each([
    [
      "a local paper's prompt box under a story",
      '<div class="get-involved"><h3>Get involved with the news in your community</h3><p><a href="/send">Send your stories and photos now</a></p></div>',
    ],
    [
      'a heading over an app pitch and an ad label',
      '<section><h4>Stay informed</h4><p>Download the Ledger app for breaking news alerts.</p><div>Advertisement</div></section>',
    ],
    [
      "a station's error link under its own heading",
      '<aside><h4>Spotted a mistake?</h4><p>Click here to report a typo.</p></aside>',
    ],
  ])('should take %s', (_label, html) => {
    expect(isHeadedFurnitureBox(boxOf(html), isBoilerplateLine)).toBe(true);
  });

  it.each([
    [
      "a story's section under its subheading",
      '<section><h2>What happens next</h2><p>The council will vote on the plan in March, after a second round of hearings.</p></section>',
    ],
    [
      'a section whose prose follows a furniture line',
      '<div><h3>Background</h3><div>Advertisement</div><p>The mill closed in 1994 and has stood empty since.</p></div>',
    ],
    ['a heading over nothing', '<div><h3>Get involved</h3><p> </p></div>'],
    ['a box without a heading', '<div><p>Send your stories and photos now</p><p>Advertisement</p></div>'],
    [
      'a heading set in a paragraph (the story writes its own)',
      '<div><p><strong>Send your stories and photos now</strong></p><p>Advertisement</p></div>',
    ],
    [
      'a long section under the heading',
      `<div><h3>Tips</h3><p>${'Keep the receipt and write down the date you bought it. '.repeat(6)}</p></div>`,
    ],
  ])('should leave %s', (_label, html) => {
    expect(isHeadedFurnitureBox(boxOf(html), isBoilerplateLine)).toBe(false);
  });
});
