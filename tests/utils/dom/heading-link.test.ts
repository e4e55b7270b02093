import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { headingLink } from '../../../utils/dom/heading-link';

const heading = (html: string): Element =>
  parseHTML(`<html><body>${html}</body></html>`).document.querySelector('h3') as Element;

describe('headingLink', () => {
  it.each([
    ['a link inside the heading', '<h3><a href="/a">Title</a></h3>'],
    ['a card link around the heading', '<a href="/a"><h3>Title</h3></a>'],
  ])('should find %s', (_case, html) => {
    expect(headingLink(heading(html))?.getAttribute('href')).toBe('/a');
  });

  it.each([
    ['a plain heading', '<h3>Title</h3>'],
    ['an anchor without an address', '<a name="top"><h3>Title</h3></a>'],
  ])('should find none on %s', (_case, html) => {
    expect(headingLink(heading(html))).toBeNull();
  });
});
