import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isLogoHeading } from '../../../utils/dom/is-logo-heading';

/** The page's first heading. */
const headingOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.querySelector('h1, h2');
  if (!element) throw new Error('no heading');
  return element;
};

describe('isLogoHeading', () => {
  it.each([
    [
      "DokuWiki's logo heading",
      '<h1 class="logo"><a href="/doku.php?id=start"><span>Millbrook Allotment Society</span></a></h1>',
    ],
    ["a theme's logo heading by id", '<h1 id="site-logo"><a href="/">The Valley Gazette</a></h1>'],
    ['a Bootstrap navbar brand', '<h1 class="navbar-brand">Harbour News</h1>'],
    ['a site-name heading', '<h1 class="site-name">Harbour News</h1>'],
  ])('should read %s as the site name', (_case, html) => {
    expect(isLogoHeading(headingOf(html))).toBe(true);
  });

  it.each([
    ['an article headline', '<h1 class="entry-title">Harvest Show 2026: results and thanks</h1>'],
    ['a headline about a logo', '<h1 class="headline" id="new-logo-unveiled">Club unveils its new logo</h1>'],
    ['a heading with no names', '<h2>Main trophies</h2>'],
  ])('should leave %s alone', (_case, html) => {
    expect(isLogoHeading(headingOf(html))).toBe(false);
  });
});
