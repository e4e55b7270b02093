import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isTextBlock, textBlocks } from '../../../utils/dom/is-text-block';

const SENTENCE = 'The council voted on Monday night to repair the pool rather than close it.';

/** The first element of a small page's body. */
const firstOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element;
};

describe('isTextBlock', () => {
  it.each([
    ['a paragraph', `<p>${SENTENCE}</p>`],
    ['a paragraph holding a picture', `<p><img src="a.jpg"> ${SENTENCE}</p>`],
    ['a div of text', `<div class="zn-body__paragraph">${SENTENCE}</div>`],
    ['a div of text and inline markup', `<div><strong>Monday:</strong> ${SENTENCE} <a href="/pool">More</a></div>`],
    ['a div of paragraphs set with line breaks', `<div class="post-body">${SENTENCE}<br><br>${SENTENCE}</div>`],
    ['an empty div (nothing to count, but no container either)', '<div></div>'],
  ])('should take %s', (_case, html) => {
    expect(isTextBlock(firstOf(html))).toBe(true);
  });

  it.each([
    ['a div holding paragraphs', `<div><p>${SENTENCE}</p></div>`],
    ['a div holding a heading', `<div><h2>Pool repairs</h2>${SENTENCE}</div>`],
    ['a div holding a list', `<div>${SENTENCE}<ul><li>One</li></ul></div>`],
    ['a sign-up box with its form', `<div>Get the Ledger in your inbox every Friday. <form><input></form></div>`],
    ['a sign-up box with bare controls', `<div>Get the Ledger in your inbox. <input><button>Sign up</button></div>`],
    ['a picture box with its caption', `<div><img src="a.jpg">${SENTENCE}</div>`],
    ['a span', `<span>${SENTENCE}</span>`],
    ['a section', `<section>${SENTENCE}</section>`],
  ])('should leave %s', (_case, html) => {
    expect(isTextBlock(firstOf(html))).toBe(false);
  });
});

describe('textBlocks', () => {
  it('should list the paragraphs and text divs under a block in page order, never one inside another', () => {
    const root = firstOf(
      '<article><div class="lede">First.</div><div class="wrap"><p>Second.</p>' +
        '<div class="para">Third.</div></div><section><p>Fourth.</p></section></article>',
    );
    expect(textBlocks(root).map((block) => block.textContent)).toEqual(['First.', 'Second.', 'Third.', 'Fourth.']);
  });
});
