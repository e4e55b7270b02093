import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isHeadlineHiddenLabel, isVisuallyHidden } from '../../../utils/dom/is-headline-hidden-label';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

describe('isHeadlineHiddenLabel', () => {
  it.each([
    ['an sr-only "Article: " label', '<h1><span id="x" class="sr-only">Article: </span>Whales move offshore</h1>'],
    ['a visually-hidden "Video:" label', '<h1><span id="x" class="visually-hidden">Video:</span> Floods in Otago</h1>'],
    [
      'a screen-reader-text "Breaking news: " label',
      '<h1 class="entry-title"><span id="x" class="screen-reader-text">Breaking news: </span>Bridge shut</h1>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isHeadlineHiddenLabel(elementOf(html))).toBe(true);
  });

  it.each([
    ['a visible kicker with a colon', '<h1><span id="x" class="kicker">Analysis:</span> Rates hold</h1>'],
    ['a hidden label in a subheading', '<h2><span id="x" class="sr-only">Section:</span> The vote</h2>'],
    [
      'longer hidden text in the headline',
      '<h1>Rates hold<span id="x" class="sr-only">, published three hours ago by the business desk</span></h1>',
    ],
    ['an sr-only label outside any heading', '<p><span id="x" class="sr-only">Article:</span> text</p>'],
  ])('should leave %s', (_case, html) => {
    expect(isHeadlineHiddenLabel(elementOf(html))).toBe(false);
  });
});

describe('isVisuallyHidden', () => {
  it.each(['sr-only', 'visually-hidden', 'screen-reader-text', 'u-hidden-visually', 'govuk-visually-hidden'])(
    'should know %s',
    (name) => {
      expect(isVisuallyHidden(elementOf(`<span id="x" class="a ${name}">x</span>`))).toBe(true);
    },
  );

  it.each(['hidden-xs', 'field--label-hidden', 'overflow-hidden', 'sr-only-focusable-wrapper'])(
    'should not take %s for one',
    (name) => {
      expect(isVisuallyHidden(elementOf(`<span id="x" class="${name}">x</span>`))).toBe(false);
    },
  );
});
