import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSponsorButtonBox } from '../../../utils/dom/is-sponsor-button-box';

/** The element marked `data-probe` in a small page. */
const probeOf = (html: string): Element => {
  const doc = parseHTML(`<html><body><article>${html}</article></body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return element;
};

const REVIEW =
  'We tested this kettle for three weeks. It boiled a litre in under four minutes, kept water hot for an hour and ' +
  'never dripped when poured, though the lid is stiff and the handle gets warm near the top after a second boil.';

describe('isSponsorButtonBox', () => {
  it.each([
    [
      'a brand studio box with a logo, a line and a button',
      '<section data-probe><img src="logo.svg" alt="Halden Rail"><p>Halden Rail moves the goods that build America, 24 hours a day.</p><a href="https://halden.example/network" rel="sponsored">Explore the Halden network</a></section>',
    ],
    [
      'a box with a question, a pitch and a button marked with other rel words',
      '<div data-probe><p>Planning a transition for your family business? Avenell Bank’s advisers can help.</p><a href="https://avenell.example" rel="sponsored noopener" target="_blank">Talk to an adviser</a></div>',
    ],
  ])('should read %s as furniture', (_case, html) => {
    expect(isSponsorButtonBox(probeOf(html))).toBe(true);
  });

  it.each([
    [
      'a paragraph with a paid link in its sentence',
      '<p data-probe>The kettle costs $49 at <a href="https://shop.example" rel="sponsored">Shopland</a> and comes in three colours.</p>',
    ],
    [
      'a product section with a review paragraph',
      `<div data-probe><h3>Best kettle</h3><p>${REVIEW}</p><a href="https://shop.example" rel="sponsored">$49 at Shopland</a></div>`,
    ],
    [
      'a box whose links are not marked as paid',
      '<div data-probe><p>The council meets on Tuesday.</p><a href="https://council.example/agenda">Read the agenda</a></div>',
    ],
    [
      'a box that does not close on its button',
      '<div data-probe><a href="https://acme.example" rel="sponsored">Acme</a><p>Acme has sponsored the race since 2019.</p></div>',
    ],
    [
      'a box of several paragraphs',
      '<div data-probe><p>One line.</p><p>Two lines.</p><p>Three lines.</p><a href="https://acme.example" rel="sponsored">Go</a></div>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isSponsorButtonBox(probeOf(html))).toBe(false);
  });
});
