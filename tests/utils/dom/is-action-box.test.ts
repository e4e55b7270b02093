import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isActionBox } from '../../../utils/dom/is-action-box';

const PARAGRAPH =
  'The clinic treated 1,240 children for malnutrition in October, and admitted 312 of them to its pediatric ward.';

/** Whether the page's `#box` is read as an action box. */
function box(html: string): boolean {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  const element = document.getElementById('box');
  if (!element) throw new Error('no #box');
  return isActionBox(element as unknown as Element);
}

describe('isActionBox', () => {
  it.each([
    [
      'a donate box between paragraphs',
      '<div id="box"><h3>Support our emergency response</h3><p>Your gift helps our teams deliver care.</p><a href="/donate">Donate now</a></div>',
    ],
    [
      'a petition box',
      '<section id="box"><h2>Take action</h2><h3>Free the Korvan Seven</h3><p>Call for their release.</p><div><a href="/p">Sign the petition</a></div></section>',
    ],
    [
      'a box with an "Add your name" button',
      '<aside id="box"><h4>Housing, not handcuffs</h4><button>Add your name</button></aside>',
    ],
  ])('should find %s', (_case, html) => {
    expect(box(html)).toBe(true);
  });

  it.each([
    [
      'a section of the story with a donate link in its prose',
      `<div id="box"><h2>How to help</h2><p>${PARAGRAPH}</p><p>Readers can <a href="/d">donate to the clinic</a> online.</p></div>`,
    ],
    [
      'a box without a heading',
      '<div id="box"><p>Your gift helps our teams.</p><a href="/donate">Donate now</a></div>',
    ],
    [
      'a section of three paragraphs',
      `<div id="box"><h2>Supplies</h2><p>${PARAGRAPH}</p><p>More.</p><p>Still more.</p><a href="/d">Donate</a></div>`,
    ],
    ['a long section', `<div id="box"><h2>Supplies</h2><p>${PARAGRAPH.repeat(6)}</p><a href="/d">Donate</a></div>`],
    ['a paragraph', '<p id="box"><strong>Give now</strong> <a href="/d">Donate</a></p>'],
  ])('should leave %s', (_case, html) => {
    expect(box(html)).toBe(false);
  });
});
