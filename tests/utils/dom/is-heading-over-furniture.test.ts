import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { isHeadingOverFurniture } from '../../../utils/dom/is-heading-over-furniture';

/** The element with class `h` in a page fragment. */
const headingIn = (html: string): Element => {
  const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
  const heading = doc.querySelector('.h');
  if (!heading) throw new Error('no heading');
  return heading;
};

const POSTS =
  '<div class="elementor-widget elementor-widget-posts"><h3><a href="/a">Library levy passes by 212 votes</a></h3></div>';
const FORM =
  '<div class="elementor-widget elementor-widget-form"><form><p>Get the news every Friday.</p><input type="email"></form></div>';
const AD = '<div class="ad-slot"><span>Advertisement</span></div>';
const PARAGRAPH = '<p>The board will take the question up again at its December meeting, the administrator said.</p>';

describe('isHeadingOverFurniture', () => {
  it.each([
    [
      'a heading widget over a posts widget and a form',
      `<div class="h elementor-widget elementor-widget-heading"><h3>Latest from the Ledger</h3></div>${POSTS}${FORM}`,
    ],
    [
      'a heading module over a sign-up form',
      `<div class="h fl-module fl-module-heading"><h3>Stay in touch</h3></div>${FORM}`,
    ],
  ])('should read %s as furniture', (_case, html) => {
    expect(isHeadingOverFurniture(headingIn(html), isFurnitureElement)).toBe(true);
  });

  it.each([
    ['a subheading with the story after it', `<h2 class="h">What happens next</h2>${PARAGRAPH}`],
    ['a subheading over an ad slot, then the story', `<h2 class="h">What happens next</h2>${AD}${PARAGRAPH}`],
    ['a subheading over an ad slot only', `<h2 class="h">What happens next</h2>${AD}`],
    ['a heading with nothing after it', '<h2 class="h">What happens next</h2>'],
    [
      'a bare heading over a sign-up form (left to the rules that read its words)',
      `<h3 class="h">Stay in touch</h3>${FORM}`,
    ],
    ['a wrapper with a heading and prose', `<div class="h"><h2>What happens next</h2>${PARAGRAPH}</div>${POSTS}`],
  ])('should keep %s', (_case, html) => {
    expect(isHeadingOverFurniture(headingIn(html), isFurnitureElement)).toBe(false);
  });
});
