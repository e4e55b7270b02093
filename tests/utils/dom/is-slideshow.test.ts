import { describe, expect, it } from 'vitest';
import { isSlideshow } from '../../../utils/dom/is-slideshow';
import { elementOf } from './element-of';

const slide = (n: number, total: number, caption: string): string =>
  `<li><img src="s${n}.jpg" alt=""><span>${n} of ${total}</span><p>${caption}</p><p>Ann Lee / Harbour Ledger</p></li>`;
const SLIDES = [
  slide(1, 3, 'Shopkeepers load crates onto a truck in July 1931.'),
  slide(2, 3, 'Children jump from the bridge into the river.'),
  slide(3, 3, 'Farm wagons carry coffins up Ridge Road.'),
].join('');
const PROSE =
  'The council approved the budget on Monday after a long debate about the future of the town centre, and officials ' +
  'said the plan would cost about four million pounds.';

describe('isSlideshow', () => {
  it.each([
    ['a list of slides, each a picture, a counter, a caption and a credit', `<ul class="x1">${SLIDES}</ul>`],
    [
      'a slideshow box with its title, photo count and buttons',
      `<div class="x1"><h3>Millbeck, summer 1931</h3><span>3 Photos</span><button>Prev</button><ul>${SLIDES}</ul><button>Next</button></div>`,
    ],
    [
      'a counter split into spans ("<span>1</span> of <span>2</span>")',
      '<div><div><img src="a.jpg"><span><span>1</span> of <span>2</span></span><p>The market at dawn.</p></div><div><img src="b.jpg"><span><span>2</span> of <span>2</span></span><p>The market at dusk.</p></div></div>',
    ],
    [
      'a carousel with one fraction counter outside the slides',
      '<div><ul><li><figure><img src="a.jpg"><figcaption>Water Street on the morning of the flood.</figcaption></figure></li><li><figure><img src="b.jpg"><figcaption>Volunteers shovel mud.</figcaption></figure></li></ul><div><span>1</span> / <span>2</span></div></div>',
    ],
    [
      "a carousel marked with WAI-ARIA's roles and no printed counter",
      '<div aria-roledescription="carousel"><div aria-roledescription="slide"><img src="a.jpg"><p>The market at dawn.</p></div><div aria-roledescription="slide"><img src="b.jpg"><p>The market at dusk.</p></div></div>',
    ],
    [
      'slides labelled with their counter, as Swiper writes them',
      '<div><div role="group" aria-label="1 / 2"><img src="a.jpg"><p>The market at dawn.</p></div><div role="group" aria-label="2 / 2"><img src="b.jpg"><p>The market at dusk.</p></div></div>',
    ],
  ])('should read %s as a slideshow', (_case, html) => {
    expect(isSlideshow(elementOf(html))).toBe(true);
  });

  it.each([
    ['a story block with a slideshow in it', `<div><p>${PROSE}</p><ul>${SLIDES}</ul><p>${PROSE}</p></div>`],
    [
      'a listicle whose entries are a heading and a paragraph beside a photo, numbered "1 of 2"',
      '<ol><li><img src="a.jpg"><span>1 of 2</span><h2>The harbour walk</h2><p>A short loop.</p></li><li><img src="b.jpg"><span>2 of 2</span><h2>The ridge</h2><p>A steep climb.</p></li></ol>',
    ],
    [
      'entries of prose beside a photo',
      `<div><div><img src="a.jpg"><span>1 of 2</span><p>${PROSE} ${PROSE} ${PROSE} ${PROSE}</p></div><div><img src="b.jpg"><span>2 of 2</span><p>Short.</p></div></div>`,
    ],
    [
      'pictures with captions and no counter (a photo grid)',
      '<div><figure><img src="a.jpg"><figcaption>The market at dawn.</figcaption></figure><figure><img src="b.jpg"><figcaption>The market at dusk.</figcaption></figure></div>',
    ],
    ['one picture with a counter', '<div><img src="a.jpg"><span>1 of 1</span><p>The market at dawn.</p></div>'],
    [
      'a score line beside two pictures ("2 of 3 penalties")',
      '<div><div><img src="a.jpg"><p>Ann Lee</p></div><div><img src="b.jpg"><p>Bo Roe</p></div><p>Lee scored 2 of 3 penalties.</p></div>',
    ],
    [
      'a story block holding a marked carousel',
      `<div><p>${PROSE}</p><div aria-roledescription="carousel"><div aria-roledescription="slide"><img src="a.jpg"><p>Dawn.</p></div><div aria-roledescription="slide"><img src="b.jpg"><p>Dusk.</p></div></div></div>`,
    ],
  ])('should not read %s as a slideshow', (_case, html) => {
    expect(isSlideshow(elementOf(html))).toBe(false);
  });
});
