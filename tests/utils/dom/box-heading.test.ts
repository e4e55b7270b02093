import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { boxHeadingText, isShortHeadedBox, type BoxHeadingShape } from '../../../utils/dom/box-heading';

const SHAPE: BoxHeadingShape = {
  boxTags: new Set(['DIV', 'ASIDE']),
  headingTags: new Set(['H3', 'STRONG']),
  maxHeadingChars: 30,
};
const NOTE = /^note to readers$/i;

/** The first element of a body holding `html`. */
function first(html: string): Element {
  const element = parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element as unknown as Element;
}

describe('boxHeadingText', () => {
  it('should read the heading a box of the shape opens on, with content after it', () => {
    expect(boxHeadingText(first('<div><h3>Note to readers</h3><p>We have moved.</p></div>'), SHAPE)).toBe(
      'Note to readers',
    );
    expect(boxHeadingText(first('<aside><strong>Note to readers</strong><p>We moved.</p></aside>'), SHAPE)).toBe(
      'Note to readers',
    );
  });

  it('should give nothing for another tag, a lone heading, a long first child or no heading', () => {
    expect(boxHeadingText(first('<section><h3>Note to readers</h3><p>We moved.</p></section>'), SHAPE)).toBe(undefined);
    expect(boxHeadingText(first('<div><h3>Note to readers</h3></div>'), SHAPE)).toBe(undefined);
    expect(
      boxHeadingText(first('<div><h3>A heading much longer than thirty characters</h3><p>x</p></div>'), SHAPE),
    ).toBe(undefined);
    expect(boxHeadingText(first('<div><p>Note to readers</p><p>We moved.</p></div>'), SHAPE)).toBe(undefined);
  });
});

describe('isShortHeadedBox', () => {
  it('should take a short box under a heading the pattern matches whole', () => {
    expect(isShortHeadedBox(first('<div><h3>Note to readers</h3><p>We have moved.</p></div>'), SHAPE, NOTE, 100)).toBe(
      true,
    );
  });

  it('should keep a box with another heading, or with more text than the bound', () => {
    expect(isShortHeadedBox(first('<div><h3>Notes to readers</h3><p>We have moved.</p></div>'), SHAPE, NOTE, 100)).toBe(
      false,
    );
    const long = `<div><h3>Note to readers</h3><p>${'The council met again. '.repeat(10)}</p></div>`;
    expect(isShortHeadedBox(first(long), SHAPE, NOTE, 100)).toBe(false);
    expect(isShortHeadedBox(first(long), SHAPE, NOTE, 1000)).toBe(true);
  });
});
