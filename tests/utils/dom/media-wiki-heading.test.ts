import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  blockBefore,
  childrenBesideEditLink,
  headingLineWithin,
  unwrapMediaWikiHeading,
} from '../../../utils/dom/media-wiki-heading';

/** The page's first element under `<body>`. */
const firstOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element;
};

const LEGACY =
  '<h2><span class="mw-headline" id="Quellen">Quellen</span><span class="mw-editsection">[<a>Bearbeiten</a>]</span></h2>';
const WRAPPED =
  '<div class="mw-heading mw-heading2"><h2 id="Sources">Sources</h2><span class="mw-editsection">[<a>edit</a>]</span></div>';

describe('unwrapMediaWikiHeading', () => {
  it('should give the heading inside a MediaWiki heading wrapper', () => {
    expect(unwrapMediaWikiHeading(firstOf(WRAPPED)).tagName).toBe('H2');
  });

  it('should give any other element itself', () => {
    const block = firstOf('<div class="heading"><h2>Sources</h2></div>');
    expect(unwrapMediaWikiHeading(block)).toBe(block);
  });
});

describe('childrenBesideEditLink', () => {
  it('should not count the edit link', () => {
    expect(childrenBesideEditLink(firstOf(LEGACY))).toBe(1);
  });
});

describe('headingLineWithin', () => {
  it.each([
    ['a legacy heading with its edit link', LEGACY, 'Quellen'],
    ['a heading without one', '<h2>Sources and notes</h2>', 'Sources and notes'],
    ['a heading ending on brackets of its own', '<h2>The vote [updated]</h2>', 'The vote [updated]'],
  ])('should read %s', (_case, html, expected) => {
    expect(headingLineWithin(firstOf(html), 20)).toBe(expected);
  });

  it('should give nothing past the budget', () => {
    expect(headingLineWithin(firstOf('<h2>A heading far longer than the budget</h2>'), 20)).toBeUndefined();
  });
});

describe('blockBefore', () => {
  /** The element marked `data-probe`. */
  const probeOf = (html: string): Element => {
    const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
    const element = doc.querySelector('[data-probe]');
    if (!element) throw new Error('no probe');
    return element;
  };

  it('should give the sibling before the block', () => {
    expect(blockBefore(probeOf('<h2>See also</h2><ul data-probe><li>A</li></ul>'))?.textContent).toBe('See also');
  });

  it("should give the heading before the mobile skin's section the block opens", () => {
    const html =
      '<div class="mw-heading mw-heading2 section-heading"><h2>See also</h2></div><section class="mf-section-4 collapsible-block"><ul data-probe><li>A</li></ul></section>';
    expect(blockBefore(probeOf(html))?.textContent).toBe('See also');
  });

  it('should give nothing for the first block of another wrapper', () => {
    expect(blockBefore(probeOf('<h2>See also</h2><div><ul data-probe><li>A</li></ul></div>'))).toBeNull();
  });
});
