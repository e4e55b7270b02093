import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isWireGraphicNote } from '../../../utils/dom/is-wire-graphic-note';

/** The first block of `html`. */
function block(html: string): Element {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return document.body.firstElementChild as unknown as Element;
}

const URL = 'https://images.newsfilecorp.com/files/9214/275118_a1c2e3f4d5b6_001full.jpg';

describe('isWireGraphicNote', () => {
  it.each([
    [
      'with the address on the next line',
      `<p>To view an enhanced version of this graphic, please visit:<br><a href="${URL}">${URL}</a></p>`,
    ],
    ['for an image', `<p>To view an enhanced version of this image, please visit: <a href="${URL}">${URL}</a></p>`],
    ['as a div', `<div>To view an enhanced version of this graphic, please visit:<br>${URL}</div>`],
  ])('should find the note %s', (_, html) => {
    expect(isWireGraphicNote(block(html))).toBe(true);
  });

  it.each([
    ['a sentence about the graphic', '<p>To view an enhanced version of this graphic you need a newer browser.</p>'],
    ['a list item', `<li>To view an enhanced version of this graphic, please visit: ${URL}</li>`],
    [
      'a long paragraph',
      `<p>To view an enhanced version of this graphic, please visit: ${'more text '.repeat(40)}</p>`,
    ],
  ])('should leave %s', (_, html) => {
    expect(isWireGraphicNote(block(html))).toBe(false);
  });
});
