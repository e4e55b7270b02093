import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSignUpButtonBox } from '../../../utils/dom/is-sign-up-button-box';
import { elementOf } from './element-of';

/** The first element of `html` in a page whose canonical address is on tidewater.example. */
const boxOnPage = (html: string): Element => {
  const doc = parseHTML(
    `<html><head><link rel="canonical" href="https://www.tidewater.example/culture/regal/"></head><body>${html}</body></html>`,
  ).document as unknown as Document;
  const element = doc.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element;
};

describe('isSignUpButtonBox', () => {
  it.each([
    [
      'an Ollie card: a heading, a pitch and a buttons block into the newsletter page',
      '<div class="wp-block-group is-style-card-border"><h2>Get the Tidewater letter</h2><p>Our best stories from the coast, every other Sunday.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/newsletter/">Sign me up</a></div></div></div>',
    ],
    [
      'a Spectra info box into the support page, by its full address on the same site',
      '<div class="wp-block-uagb-info-box"><div class="uagb-ifb-content"><div class="uagb-ifb-title-wrap"><h3>Back grassroots sport</h3></div><p>We cover the clubs the nationals ignore.</p><div class="uagb-ifb-button-wrapper"><a href="https://tidewater.example/support/"><span>Become a supporter</span></a></div></div></div>',
    ],
    [
      'a box with a donate button and a subscribe button',
      '<aside><h4>Keep us going</h4><p>Readers pay for this.</p><div class="wp-block-buttons"><div><a href="/donate">Donate</a></div><div><a href="/subscribe?ref=box">Subscribe</a></div></div></aside>',
    ],
  ])('should read %s as a sign-up box', (_case, html) => {
    expect(isSignUpButtonBox(boxOnPage(html))).toBe(true);
  });

  it.each([
    [
      'a section of the story linking to the donation page inside a sentence',
      '<div><h2>How to help</h2><p>Readers who want to help can <a href="/donate/">give to the relief fund</a> through the paper.</p></div>',
    ],
    [
      "a box sending readers to another site's donation page",
      '<div><h3>Help the crew</h3><p>The club is raising money for a boat shed.</p><div><a href="https://rowing-club.example/donate/">Donate</a></div></div>',
    ],
    [
      'a box with a link to a story beside its button',
      '<div><h3>Get the letter</h3><p>See <a href="/culture/bandstand/">last week</a>.</p><div><a href="/newsletter/">Sign up</a></div></div>',
    ],
    [
      'a box without a heading',
      '<div><p>Our best stories, every Sunday.</p><div><a href="/newsletter/">Sign me up</a></div></div>',
    ],
    [
      'a box linking to a story page',
      '<div><h3>Read next</h3><p>The Regal reopens.</p><div><a href="/culture/regal/">Read it</a></div></div>',
    ],
    [
      'a longer section of the story with three paragraphs',
      '<div><h2>The fund</h2><p>One.</p><p>Two.</p><p>Three.</p><div><a href="/donate/">Donate</a></div></div>',
    ],
    ['a paragraph', '<p><a href="/newsletter/">Sign me up</a></p>'],
  ])('should not read %s as a sign-up box', (_case, html) => {
    expect(isSignUpButtonBox(boxOnPage(html))).toBe(false);
  });

  it('should not read a full address as the site when the page declares no address', () => {
    const html =
      '<div><h3>Back grassroots sport</h3><p>Become a supporter.</p><div><a href="https://tidewater.example/support/">Support</a></div></div>';
    expect(isSignUpButtonBox(elementOf(html))).toBe(false);
  });
});
