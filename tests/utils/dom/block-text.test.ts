import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../utils/dom/block-text';

const element = (html: string): Element => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const found = document.body.firstElementChild;
  if (!found) throw new Error('no element');
  return found as unknown as Element;
};

describe('blockText', () => {
  it.each([
    [
      'a list written without spaces',
      '<ul><li>Boats are back</li><li>Fares stay</li></ul>',
      'Boats are back Fares stay',
    ],
    ['a numbered list with an empty item', '<ol><li> One </li><li></li><li>Two</li></ol>', 'One Two'],
    ['a paragraph', '<p>  Boats are <b>back</b>. </p>', 'Boats are back.'],
  ])('should read %s', (_case, html, expected) => {
    expect(blockText(element(html))).toBe(expected);
  });
});
