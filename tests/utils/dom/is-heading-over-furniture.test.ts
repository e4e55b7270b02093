import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { isHeadingOverFurniture } from '../../../utils/dom/is-heading-over-furniture';
import { isTestimonialBox } from '../../../utils/dom/is-testimonial-box';

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

describe('isHeadingOverFurniture on nested builder wrappers and testimonial sliders', () => {
  /** Furniture by name or as a testimonial slider, as the page's furniture test reads it. */
  const isFurniture = (element: Element): boolean => isFurnitureElement(element) || isTestimonialBox(element);
  const SLIDER =
    '<div class="brz-wrapper"><div class="brz-carousel"><div class="brz-carousel__item"><div class="brz-testimonial">' +
    '<p>The Thursday ride is the best hour of my week.</p><div class="brz-testimonial__name">Samir Oduya</div></div>' +
    '</div></div></div>';
  /** A Brizy heading: the text box paired with the page sits two wrappers below the block beside the slider. */
  const NESTED = (heading: string): string =>
    `<div class="brz-wrapper"><div class="brz-rich-text h"><div><h2>${heading}</h2></div></div></div>`;

  it('should read a heading in nested wrappers over a slider of testimonials as furniture', () => {
    expect(isHeadingOverFurniture(headingIn(`${NESTED('Why our members ride with us')}${SLIDER}`), isFurniture)).toBe(
      true,
    );
  });

  it('should read a heading in nested wrappers over a posts widget as furniture', () => {
    expect(isHeadingOverFurniture(headingIn(`${NESTED('Latest from the Ledger')}${POSTS}`), isFurniture)).toBe(true);
  });

  it('should keep a heading in nested wrappers with the story after it', () => {
    expect(
      isHeadingOverFurniture(
        headingIn(`${NESTED('What happens next')}<div class="brz-wrapper">${PARAGRAPH}</div>${SLIDER}`),
        isFurniture,
      ),
    ).toBe(false);
  });
});
