import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hasOwnText, ownText } from '../../../utils/dom/has-own-text';

/** `hasOwnText` on the body's first element. */
function ownTextOf(html: string): boolean {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const element = document.body.firstElementChild;
  return element ? hasOwnText(element) : false;
}

describe('hasOwnText', () => {
  it.each([
    ['text beside a child element', '<p>Said <b>Ann Lee</b> on Monday</p>'],
    ['text alone', '<div>Only text</div>'],
  ])('should find %s', (_case, html) => {
    expect(ownTextOf(html)).toBe(true);
  });

  it.each([
    ['text only inside child elements', '<p><strong>All bold</strong></p>'],
    ['white space between child elements', '<div>\n  <span>A</span>\n  <span>B</span>\n</div>'],
    ['no content', '<div></div>'],
  ])('should find none with %s', (_case, html) => {
    expect(ownTextOf(html)).toBe(false);
  });
});

describe('ownText', () => {
  it('should join the element’s own text nodes and leave its children’s text out', () => {
    const { document } = parseHTML('<html><body><div>Harbour <span>ferry</span>timetable</div></body></html>');
    expect(ownText(document.querySelector('div') as unknown as Element)).toBe('Harbour timetable');
  });
});
