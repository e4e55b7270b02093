import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isOrphanWidgetLabel } from '../../../utils/dom/is-orphan-widget-label';

/** The element with class `h` in a page fragment. */
const labelIn = (html: string): Element => {
  const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
  const label = doc.querySelector('.h');
  if (!label) throw new Error('no label');
  return label;
};

/** A widget's cards with hashed names: one link each, holding a title, a prose blurb and the sponsor. */
const CARDS =
  '<div class="c7"><div class="c8"><a href="https://trc.example/c?1"><span>Homeowners Are Replacing Their Lawns</span>' +
  '<span>Your water agency may cover most of the cost of the swap.</span><span>Sponsored by GreenYard</span></a></div>' +
  '<div class="c8"><a href="https://trc.example/c?2"><span>This Tiny Filter Cleans Stream Water</span>' +
  '<span>Hikers say it is the most useful thing they carry.</span></a></div></div>';
const PARAGRAPH = '<p>The district will ask voters to approve the bond in May, the board said on Tuesday.</p>';

describe('isOrphanWidgetLabel', () => {
  it.each([
    [
      'a label in a plain block, its cards gone from the copy',
      '<div class="h c6"><span>Promoted Stories</span></div>',
      `<div class="h c6"><span>Promoted Stories</span></div>${CARDS}`,
    ],
    [
      'a bare heading, its cards gone from the copy',
      '<h3 class="h">Around the Web</h3>',
      `<h3 class="h">Around the Web</h3>${CARDS}`,
    ],
  ])('should read %s as an orphan widget label', (_case, copy, page) => {
    expect(isOrphanWidgetLabel(labelIn(copy), labelIn(page))).toBe(true);
  });

  it.each([
    [
      'a label whose cards are still in the copy (the line rules drop both)',
      `<h3 class="h">Sponsored Stories</h3>${CARDS}`,
      `<h3 class="h">Sponsored Stories</h3>${CARDS}`,
    ],
    [
      'a story subheading naming sponsored content, over prose with a link',
      '<h3 class="h">Sponsored content</h3>',
      `<h3 class="h">Sponsored content</h3><p>The council's rules on <a href="/rules">sponsored content</a> were tightened in 2019, when the paper began labelling every paid post.</p>`,
    ],
    [
      'a block that is no widget label over link cards',
      '<div class="h c6"><span>Water rates</span></div>',
      `<div class="h c6"><span>Water rates</span></div>${CARDS}`,
    ],
    [
      'a widget label with the story after it on the page (no cards there)',
      '<div class="h"><span>Promoted Stories</span></div>',
      `<div class="h"><span>Promoted Stories</span></div>${PARAGRAPH}`,
    ],
  ])('should keep %s', (_case, copy, page) => {
    expect(isOrphanWidgetLabel(labelIn(copy), labelIn(page))).toBe(false);
  });
});
