import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isAllItalic, isItalicElement } from '../../../utils/dom/is-italic-element';

/** The first element inside a paragraph of a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body><p>${html}</p></body></html>`).document as unknown as Document;
  const element = doc.querySelector('p > *');
  if (!element) throw new Error('no element');
  return element;
};

describe('isItalicElement', () => {
  it.each([
    ['<em>', '<em>a</em>'],
    ['<i>', '<i>a</i>'],
    ['a span styled italic', '<span style="font-style:italic;">a</span>'],
    ['a span styled italic among other rules', '<span style="display: initial; font-style: italic">a</span>'],
  ])('should find %s', (_case, html) => {
    expect(isItalicElement(elementOf(html))).toBe(true);
  });

  it.each([
    ['a plain span', '<span>a</span>'],
    ['a bold span', '<span style="font-weight:bold">a</span>'],
    ['a span styled normal', '<span style="font-style:normal">a</span>'],
    ['a bold tag styled italic', '<b style="font-style:italic">a</b>'],
  ])('should not find %s', (_case, html) => {
    expect(isItalicElement(elementOf(html))).toBe(false);
  });
});

describe('isAllItalic', () => {
  /** The first paragraph of a small page, with its text. */
  const paragraphOf = (html: string): [Element, string] => {
    const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
    const paragraph = doc.querySelector('p');
    if (!paragraph) throw new Error('no paragraph');
    return [paragraph, (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim()];
  };

  it('should find a paragraph set wholly in one italic element', () => {
    expect(isAllItalic(...paragraphOf('<p> <em>Learn more at <a href="/x">acme.example</a>.</em> </p>'))).toBe(true);
  });

  it.each([
    ['a paragraph in plain type', '<p>Learn more at <a href="/x">acme.example</a>.</p>'],
    ['a paragraph with only its opening in italics', '<p><em>Learn more</em> at <a href="/x">acme.example</a>.</p>'],
  ])('should not find %s', (_case, html) => {
    expect(isAllItalic(...paragraphOf(html))).toBe(false);
  });
});
