import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isStoryOpening } from '../../../utils/dom/is-story-opening';

const HEAD = '<head><title>Gelsenbach: Stadt schließt Hallenbad Nord - Zeitung</title></head>';

/** Whether the text nodes of the page's `#line` are read as the story's opening. */
function opening(html: string, head = HEAD): boolean {
  const { document } = parseHTML(`<html>${head}<body><header>${html}</header></body></html>`);
  const element = document.getElementById('line');
  if (!element) throw new Error('no #line');
  const texts: Text[] = [];
  const walker = document.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as unknown as Text);
  return isStoryOpening(texts);
}

describe('isStoryOpening', () => {
  it.each([
    [
      'a paragraph opening on a drop cap in a span of its own',
      '<p id="line"><span>E</span>very morning at a quarter to six, he walks down to the water.</p>',
    ],
    [
      "a German lead opening on the place the page's title names",
      '<p id="line"><span>Gelsenbach.</span> Das Hallenbad Nord schließt früher als geplant.</p>',
    ],
  ])('should find %s', (_case, html) => {
    expect(opening(html)).toBe(true);
  });

  it.each([
    [
      'a dek',
      '<p id="line">For forty years one man pulled travelers across a river. Now the county wants a bridge.</p>',
    ],
    ['a byline opening on a capital in a link', '<p id="line">By <a>A</a>nn Lee</p>'],
    ['a kicker word over a headline', '<p id="line"><span>Schwimmen</span> Stadt schließt Hallenbad</p>'],
    ['a dek opening on a one-word sentence', '<p id="line">Endlich. Nach zehn Jahren ist die Brücke fertig.</p>'],
  ])('should not find %s', (_case, html) => {
    expect(opening(html)).toBe(false);
  });
});
