import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isPictureCapName } from '../../../utils/dom/is-picture-cap-name';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

describe('isPictureCapName', () => {
  it.each([
    [
      "Zox News's featured-image caption",
      '<span id="x" class="mvp-post-img-cap">The birthing center opened in 1988. Photo by Lars Odegaard / The Sound Watch</span>',
    ],
    ['an img-cap paragraph', '<p id="x" class="img-cap">Crews at the bridge on Monday.</p>'],
    ['a photo-cap div', '<div id="x" class="photo-cap small">Ann Lee at home in Lenning. (Staff photo)</div>'],
    ['a caption named by its id', '<div id="x"><div id="imgcap">Fishing boats at Dunga beach.</div></div>'],
    ['a camel-case imageCap', '<figcaption id="x" class="imageCap">The old net store.</figcaption>'],
  ])('should find %s', (_case, html) => {
    const element = elementOf(html);
    expect(isPictureCapName(element.querySelector('#imgcap') ?? element)).toBe(true);
  });

  it.each([
    [
      'a paragraph opening on a drop cap',
      '<p id="x" class="has-drop-cap">Food trucks will be allowed at Pier Park.</p>',
    ],
    ['a drop cap span', '<span id="x" class="dropcap">F</span>'],
    ['a market cap figure', '<span id="x" class="market-cap">$1.2bn</span>'],
    ['a word that only starts with cap', '<div id="x" class="img-capsule">The council voted 5-2.</div>'],
    [
      'a long block named so (the story, misnamed)',
      `<div id="x" class="img-cap">${'The council voted on Monday to end a ban that dates back to 1994. '.repeat(8)}</div>`,
    ],
  ])('should leave %s', (_case, html) => {
    expect(isPictureCapName(elementOf(html))).toBe(false);
  });
});
