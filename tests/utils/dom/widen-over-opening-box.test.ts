import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/dom/extract-article';
import { cloneRegion, type CloneReading } from '../../../utils/dom/read-clone';
import { TextBuilder } from '../../../utils/dom/text-builder';
import { widenOverOpeningBox } from '../../../utils/dom/widen-over-opening-box';

const LEAD =
  'The county fair will move to the old airfield next summer after forty years at the showground beside the river, the board said on Monday.';
const SECOND =
  'The showground flooded twice in the last five years, and the insurer told the board in the spring that it would no longer cover the grandstand.';
const REST = [
  'The airfield has room for twice as many livestock barns and a parking field for about four thousand cars, the board chair told the meeting.',
  'Exhibitors were split on the move. Some said the new site was too far from town, while others welcomed the paved roads and the shade trees.',
  'A shuttle bus will run from the high school every twenty minutes on the fair days, and the county will pay for it for the first three years.',
  'The demolition derby, the fair’s biggest draw, will be held in a new arena with seating for three thousand, paid for by a state grant.',
  'The board will hold two public meetings in the autumn to hear from residents about the layout, the opening hours and the ticket prices.',
  'Tickets for next year go on sale in March, with a discount for families who buy before the end of April, the fair’s manager said.',
];

const paragraphs = (texts: readonly string[]): string => texts.map((text) => `<p>${text}</p>`).join('');
/** The story's block after the headline: `opening` (the boxes before the rest), then the rest in box `k7`. */
const story = (opening: string, after = ''): string =>
  `<div class="x1"><div class="a3">${opening}<div class="k7">${paragraphs(REST)}</div>${after}</div></div>`;

function page(body: string): Document {
  return parseHTML(`<html><body><header><h1>County fair to move to the old airfield</h1></header>${body}</body></html>`)
    .document as unknown as Document;
}

/** What `widenOverOpeningBox` reads when Readability kept only the box `.k7` (in a wrapper of its own). */
function widenedFromKept(doc: Document): string {
  const kept = doc.querySelector('.k7');
  const headline = doc.querySelector('h1') ?? undefined;
  if (!kept) throw new Error('no kept box');
  const region = cloneRegion(doc, kept, [], headline);
  const copy = region.content;
  if (!copy?.parentNode) throw new Error('no copy');
  const wrapper = copy.ownerDocument.createElement('div');
  copy.parentNode.insertBefore(wrapper, copy);
  wrapper.appendChild(copy);
  const reading: CloneReading = { content: wrapper, pairs: region.pairs };
  return widenOverOpeningBox(doc, reading, [], headline).content?.textContent ?? '';
}

describe('widenOverOpeningBox', () => {
  it.each([
    [
      'a preview box of two paragraphs before the kept box',
      story(`<div class="p2">${paragraphs([LEAD, SECOND])}</div>`),
    ],
    [
      'a preview box with an ad slot between it and the kept box',
      story(`<div class="p2">${paragraphs([LEAD, SECOND])}</div><div class="ad"><span>Advertisement</span></div>`),
    ],
    [
      'two boxes of paragraphs before the kept box, and a paywall notice after it',
      story(
        `<div class="p1"><p>${LEAD}</p></div><div class="p2"><p>${SECOND}</p></div>`,
        '<div class="n4"><p>Log in or subscribe to continue reading.</p></div>',
      ),
    ],
    [
      "a roundup's preview box opening on bold subheads over its first item",
      story(
        `<div class="p2"><p><strong>FAIR BOARD</strong></p><p><b>Airfield 7, Showground 2</b></p>${paragraphs([LEAD])}</div>`,
      ),
    ],
  ])('should read the shared block when there is %s', (_, body) => {
    expect(widenedFromKept(page(body))).toContain(LEAD);
  });

  it.each([
    [
      'a summary box with a heading and a list',
      story(`<div class="s5"><h3>What we know</h3><ul><li>${LEAD}</li><li>${SECOND}</li></ul></div>`),
    ],
    [
      'one short paragraph (a note, not a lede)',
      story('<div class="n1"><p>This story was updated on Tuesday with the board’s vote.</p></div>'),
    ],
    [
      'a box of teaser paragraphs that are mostly links',
      story(`<div class="t2"><p><a href="/a">${LEAD}</a></p><p><a href="/b">${SECOND}</a></p></div>`),
    ],
    [
      'a block that also holds a long rail of other text after the story',
      story(
        `<div class="p2">${paragraphs([LEAD, SECOND])}</div>`,
        `<div class="r9"><ul>${REST.map((text) => `<li>${text} ${text}</li>`).join('')}</ul></div>`,
      ),
    ],
    [
      'a box of bold lines alone, with no paragraph under them',
      story(
        `<div class="b3"><p><strong>${LEAD}</strong></p><p><strong>${SECOND}</strong></p><p><strong>FAIR BOARD</strong></p></div>`,
      ),
    ],
    [
      'a box of short lines, one a bold link (a label over a teaser)',
      story(`<div class="b4"><p><strong><a href="/fair">FAIR BOARD</a></strong></p>${paragraphs([LEAD])}</div>`),
    ],
  ])('should keep to the kept box when before it there is %s', (_, body) => {
    expect(widenedFromKept(page(body))).not.toContain(LEAD);
  });

  it('should keep to the kept box when the boxes of paragraphs before it stand above the headline (a promo column)', () => {
    const doc = page('');
    doc.body.insertAdjacentHTML('afterbegin', story(`<div class="p2">${paragraphs([LEAD, SECOND])}</div>`));
    expect(widenedFromKept(doc)).not.toContain(LEAD);
  });
});

/** A results summary closing the story, its commas scored by Readability as prose, which outweighs the preview more. */
const RESULTS = [
  'Beef cattle: 1. Ann Lee, Dunmore; 2. Ben Ortiz, Oak Hill; 3. Cara Wynn, Ashby; 4. Dan Roe, Millerton; 5. Eve Tate, Westfield.',
  'Dairy goats: 1. Fay Moss, Ashby; 2. Gil Park, Dunmore; 3. Hal Reed, Oak Hill; 4. Ida Voss, Westfield; 5. Jo Kim, Millerton.',
  'Pies and preserves: 1. Kit Lowe, Millerton; 2. Lou Hart, Ashby; 3. Max Bell, Dunmore; 4. Ned Cole, Oak Hill; 5. Oma Fry, Westfield.',
];

describe('extractArticle on a story whose free preview is a box before the rest', () => {
  // Without the rule the preview's lines sit between the headline and the kept box, where the first one reads as the
  // dek.
  it('should read the preview’s paragraphs as the story’s first paragraphs, not as header lines', () => {
    const rest = paragraphs([...REST, ...REST.map((text) => text.replace('the', 'this year the')), ...RESULTS]);
    const doc = page(
      `<div class="x1"><div class="a3"><div class="p2">${paragraphs([LEAD, SECOND])}</div>` +
        `<div class="k7">${rest}</div></div></div>`,
    );
    const builder = new TextBuilder();
    const { standfirst } = extractArticle(doc, builder, [], doc.querySelector('h1') ?? undefined);
    const text = builder.toString();
    expect(standfirst).toBeUndefined();
    expect(text).toContain(LEAD);
    expect(text.indexOf(LEAD)).toBeLessThan(text.indexOf(REST[0] ?? ''));
  });
});
