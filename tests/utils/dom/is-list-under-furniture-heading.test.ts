import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { isListUnderFurnitureHeading } from '../../../utils/dom/is-list-under-furniture-heading';

/** The list in a page fragment, read with the furniture vocabulary. */
const listIn = (html: string): Element => {
  const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
  const list = doc.querySelector('ul, ol');
  if (!list) throw new Error('no list');
  return list;
};

const links =
  '<ul><li><a href="/a">Ferry fares rise in June</a></li><li><a href="/b">Harbour wall repaired</a></li></ul>';

describe('isListUnderFurnitureHeading', () => {
  it.each([
    [
      'a list of links under a heading whose id says "more from"',
      `<h3 id="section-more-from-harbour">More from Harbour</h3>${links}`,
    ],
    ['a list of links under a heading named related', `<h2 class="related-title">Related</h2>${links}`],
  ])('should read %s as furniture', (_case, html) => {
    expect(isListUnderFurnitureHeading(listIn(html), isFurnitureElement)).toBe(true);
  });

  it.each([
    ['a list of links under a plain heading (a round-up post)', `<h3>Where to buy tickets</h3>${links}`],
    [
      'a list of points under a furniture-named heading',
      '<h3 class="related-title">Related</h3><ul><li>The ferry runs twice a day.</li><li>Fares rise in June.</li></ul>',
    ],
    ['a list of links after a paragraph', `<p class="related">See these stories.</p>${links}`],
    [
      'a list with one prose item among links',
      '<h3 class="related-title">Related</h3><ul><li><a href="/a">Ferry fares</a></li><li>The wall, repaired in May, held through the storm.</li></ul>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isListUnderFurnitureHeading(listIn(html), isFurnitureElement)).toBe(false);
  });
});

describe('isListUnderFurnitureHeading on MediaWiki pages', () => {
  it('should read a list of links under a wrapped "Related news" heading as furniture', () => {
    expect(
      isListUnderFurnitureHeading(
        listIn(
          `<div class="mw-heading mw-heading2"><h2 id="Related_news">Related news</h2><span class="mw-editsection">[<a>edit</a>]</span></div>${links}`,
        ),
        isFurnitureElement,
      ),
    ).toBe(true);
  });

  it('should keep a list of points under a wrapped story heading', () => {
    expect(
      isListUnderFurnitureHeading(
        listIn(
          '<div class="mw-heading mw-heading2"><h2 id="What_changes">What changes</h2></div><ul><li>Fares rise in June.</li><li>The wall is repaired.</li></ul>',
        ),
        isFurnitureElement,
      ),
    ).toBe(false);
  });
});

describe("isListUnderFurnitureHeading in MediaWiki's mobile sections", () => {
  it('should read a link list opening the section under a furniture heading', () => {
    const html = `<div class="mw-heading mw-heading2 section-heading"><h2 id="More_from_Harbour">More from Harbour</h2></div><section class="collapsible-block">${links}</section>`;
    expect(isListUnderFurnitureHeading(listIn(html), isFurnitureElement)).toBe(true);
  });
});
