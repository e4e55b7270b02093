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

describe('isItalicElement, a span italic by a class of the page style sheet (Google Docs)', () => {
  const spanOf = (css: string, html: string): Element => {
    const doc = parseHTML(`<html><head><style>${css}</style></head><body><p>${html}</p></body></html>`)
      .document as unknown as Document;
    const element = doc.querySelector('p > *');
    if (!element) throw new Error('no element');
    return element;
  };

  it.each([
    ['a generated class alone', '.c1{color:#000}.c9{color:#434343;font-size:9pt;font-style:italic}', 'c9'],
    ['a class in a selector list', '.c2,.c9{font-style:italic}', 'c9'],
    ['one of two classes', '.c16{font-style:italic}', 'c5 c16'],
  ])('should find %s', (_case, css, classes) => {
    expect(isItalicElement(spanOf(css, `<span class="${classes}">a</span>`))).toBe(true);
  });

  it.each([
    ['a class styled normal', '.c1{font-style:normal}', 'c1'],
    ['a class italic only inside another block', 'blockquote .c9{font-style:italic}', 'c9'],
    ['a class named like an italic one', '.c19{font-style:italic}', 'c1'],
    ['a bold tag with an italic class', '.c9{font-style:italic}', 'c9'],
  ])('should not find %s', (_case, css, classes) => {
    const html = _case.startsWith('a bold') ? `<b class="${classes}">a</b>` : `<span class="${classes}">a</span>`;
    expect(isItalicElement(spanOf(css, html))).toBe(false);
  });
});
