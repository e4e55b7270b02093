import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isMostlyLinks } from '../../../utils/dom/is-mostly-links';

const elementOf = (html: string): Element =>
  (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body.firstElementChild as Element;

describe('isMostlyLinks', () => {
  it.each([
    ['a linked title', '<h3><a href="/a">Harbour council votes to close the ferry pier</a></h3>'],
    ['a menu entry with a short note', '<li><a href="/b">Weather and tides for the week ahead</a> (new)</li>'],
    ['an element with no text', '<li><a href="/c"><img src="x.png" alt=""></a></li>'],
  ])('should read %s as mostly links', (_case, html) => {
    expect(isMostlyLinks(elementOf(html))).toBe(true);
  });

  it.each([
    ['a heading without links', '<h3>What happens next</h3>'],
    [
      'a list item with one link in its prose',
      '<li>The council, which <a href="/d">met on Monday</a>, voted to keep the pier open.</li>',
    ],
    ['half link text', '<li><a href="/e">abcd</a>efgh</li>'],
  ])('should not read %s as mostly links', (_case, html) => {
    expect(isMostlyLinks(elementOf(html))).toBe(false);
  });
});
