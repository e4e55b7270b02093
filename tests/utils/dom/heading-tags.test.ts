import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { HEADINGS_SELECTOR, HEADING_TAGS, isHeadingElement } from '../../../utils/dom/heading-tags';

const { document } = parseHTML(
  '<html><body><h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>' +
    '<p>g</p><header>h</header><hgroup>i</hgroup><div role="heading">j</div><h7>k</h7></body></html>',
);

describe('isHeadingElement', () => {
  it.each([
    ['h1', true],
    ['h2', true],
    ['h3', true],
    ['h4', true],
    ['h5', true],
    ['h6', true],
    // Look-alikes: a page header, a heading group's wrapper, an ARIA heading and a tag HTML does not have.
    ['header', false],
    ['hgroup', false],
    ['div', false],
    ['h7', false],
    ['p', false],
  ])('should read <%s> as a heading: %s', (tag, expected) => {
    const element = document.querySelector(tag);
    expect(element).not.toBeNull();
    expect(isHeadingElement(element!)).toBe(expected);
  });

  it('should read a heading in an XML document, whose tag names keep their lower case', () => {
    const xml = new DOMParser().parseFromString('<html><body><h2>Title</h2></body></html>', 'text/xml');
    const heading = xml.querySelector('h2');
    expect(heading?.tagName).toBe('h2');
    expect(isHeadingElement(heading!)).toBe(true);
  });
});

describe('HEADINGS_SELECTOR', () => {
  it('should select the same elements as HEADING_TAGS names', () => {
    const selected = [...document.querySelectorAll(HEADINGS_SELECTOR)].map((element) => element.tagName);
    expect(selected).toEqual([...HEADING_TAGS]);
  });
});
