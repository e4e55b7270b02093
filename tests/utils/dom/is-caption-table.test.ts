import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCaptionTable } from '../../../utils/dom/is-caption-table';

/** `isCaptionTable` on the page's first table. */
function captionTable(html: string): boolean {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const table = document.querySelector('table');
  if (!table) throw new Error('no table');
  return isCaptionTable(table as unknown as Element);
}

/** A two-row table: the picture's cell, then `caption`'s cell. */
const TABLE = (caption: string, picture = '<a href="/p.jpg"><img src="/p.jpg"></a>'): string =>
  `<table class="a1"><tbody><tr><td>${picture}</td></tr><tr><td class="b2">${caption}</td></tr></tbody></table>`;

describe('isCaptionTable', () => {
  it('should be true for Blogger’s caption table', () => {
    expect(captionTable(TABLE('The trial bed in late July, before the hail.'))).toBe(true);
  });

  it('should be true for rows without a tbody', () => {
    expect(captionTable('<table><tr><td><img src="/a.jpg"></td></tr><tr><td>The old mill.</td></tr></table>')).toBe(
      true,
    );
  });

  it.each([
    ['a teaser whose text is its title’s link', TABLE('<a href="/story">Garlic goes in</a>')],
    ['two pictures', TABLE('Two views of the bed.', '<img src="/a.jpg"><img src="/b.jpg">')],
    ['a picture with text beside it', TABLE('Caption', '<img src="/a.jpg"> Left')],
    ['a long paragraph under the picture', TABLE('word '.repeat(90))],
    ['a list under the picture', TABLE('<ul><li>One</li><li>Two</li></ul>')],
    [
      'a data table',
      '<table><tr><td><img src="/a.jpg"></td></tr><tr><td>Glacier</td></tr><tr><td>Stupice</td></tr></table>',
    ],
    [
      'a row of two cells',
      '<table><tr><td><img src="/a.jpg"></td><td>Name</td></tr><tr><td>Caption</td><td>Price</td></tr></table>',
    ],
  ])('should be false for %s', (_case, html) => {
    expect(captionTable(html)).toBe(false);
  });

  it('should be false for a block that is no table', () => {
    const { document } = parseHTML('<html><body><div><img src="/a.jpg"><p>Caption</p></div></body></html>');
    expect(isCaptionTable(document.querySelector('div') as unknown as Element)).toBe(false);
  });
});
