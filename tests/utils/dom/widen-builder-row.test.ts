import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/dom/extract-article';
import { readClone } from '../../../utils/dom/read-clone';
import { TextBuilder } from '../../../utils/dom/text-builder';
import { widenBuilderRow } from '../../../utils/dom/widen-builder-row';
import { modernHtml } from './modern-pages/modern-page';

const LEAD =
  'Members who grow apples for cider lost an average of 34 percent of their expected crop this year, according to a survey the association completed last week.';
const SECOND =
  'Forty-one of the association’s 63 cider members answered the survey, and eleven of them reported losing more than half of their crop.';
const REST = [
  'The shortfall has reached the valley’s nine cideries, most of which buy fruit on handshake contracts with the same growers every year, and two have already cut their spring orders.',
  'Some cideries have bought dessert apples from the lower valley to make up the volume, but owners say that changes what ends up in the bottle, and customers have noticed.',
  'The board voted at its November meeting to ask the state agriculture department for a disaster designation covering three townships, which would open emergency loans.',
  'Many small growers have no crop insurance at all, because premiums on cider blocks are high and payouts are based on dessert apple prices rather than cider fruit.',
  'The association will hold a frost-protection workshop with the extension service in February and share the full survey results with the members who took part.',
];

/** A Divi post: one section, the story split over two numbered rows. */
function page(firstRow: string): Document {
  const module = (inner: string): string =>
    `<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">${inner}</div></div>`;
  const row = (n: number, inner: string): string =>
    `<div class="et_pb_row et_pb_row_${n}"><div class="et_pb_column et_pb_column_4_4">${module(inner)}</div></div>`;
  const html = `<html><body><h1>Cider apple growers count losses</h1><article><div class="entry-content">
    <div class="et_pb_section et_pb_section_0">${row(0, firstRow)}${row(1, REST.map((p) => `<p>${p}</p>`).join(''))}</div>
    </div></article></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

/** The article text of `doc`. */
function read(doc: Document): string {
  const builder = new TextBuilder();
  extractArticle(doc, builder, [], doc.querySelector('h1') ?? undefined);
  return builder.toString();
}

describe('extractArticle on a page builder’s rows', () => {
  it('should read the story’s first row too when Readability keeps only the longest row', () => {
    // The Divi fixture: dek, picture and caption modules and the first paragraphs in row 0, the rest in row 1.
    const { document } = parseHTML(modernHtml('modern-builders-divi-growers-association'));
    const doc = document as unknown as Document;
    const reading = readClone(doc, [], undefined, 1);
    const lead = 'Members who grow apples for cider lost an average of 34 percent';
    expect(reading.content?.textContent).not.toContain(lead);
    expect(widenBuilderRow(doc, reading, [], undefined).content?.textContent).toContain(lead);
  });

  it('should read both rows of a plain two-row section', () => {
    const text = read(page(`<p>${LEAD}</p><p>${SECOND}</p>`));
    expect(text).toContain(LEAD);
    expect(text).toContain(REST[0]);
  });

  it('should keep Readability’s reading when the sibling rows hold no prose (a button, a label)', () => {
    const doc = page('<p>Join the association</p><p>Members only</p>');
    const reading = readClone(doc, [], undefined, 1);
    expect(widenBuilderRow(doc, reading, [], undefined)).toBe(reading);
  });

  it('should read the whole row when Readability keeps only the author box beside the story’s text boxes', () => {
    // The Elementor fixture with its rows set as `<div>`s (a section's HTML tag option): no `<section>` scored whole,
    // each text-editor box weighed down by "widget", and the author box's bio kept.
    const html = modernHtml('modern-builders-elementor-county-newsroom').replace(/<(\/?)section\b/g, '<$1div');
    const doc = parseHTML(html).document as unknown as Document;
    const text = read(doc);
    expect(text).toContain('The future of the Harlow County fairgrounds is back in limbo');
    expect(text).toContain('Hold the land and lease the barns');
  });

  /** A builder row: the story's box and an author box's bio in one column, what else the row holds in another. */
  function rowPage(story: readonly string[], others: string): Document {
    const module = (kind: string, inner: string): string =>
      `<div class="et_pb_module et_pb_${kind}"><div class="et_pb_${kind}_inner">${inner}</div></div>`;
    const html = `<html><body><h1>Cider apple growers count losses</h1><div class="et_pb_section">
      <div class="et_pb_row et_pb_row_0"><div class="et_pb_column">
      ${module('text', story.map((p) => `<p>${p}</p>`).join(''))}
      ${module('team_member', `<p>${BIO}</p>`)}</div><div class="et_pb_column et_pb_column_1_3">${others}</div>
      </div></div></body></html>`;
    return parseHTML(html).document as unknown as Document;
  }
  const BIO =
    'Ada Morrow covers farming and the valley’s orchards for the Ledger, and grew up on a dairy farm upriver.';

  it.each([
    [
      'a short story beside a column of notes (the story is a fair share of the row)',
      [LEAD, SECOND, REST[0] ?? ''],
      `<div class="et_pb_module et_pb_blurb">${REST.slice(1, 3)
        .map((p) => `<p>${p}</p>`)
        .join('')}</div>`,
    ],
    [
      'a short post whose row’s other prose is its readers’ comments',
      [LEAD],
      `<ol class="comment-list">${REST.map((p) => `<li class="comment"><p>${p}</p></li>`).join('')}</ol>`,
    ],
  ])('should keep Readability’s reading for %s', (_, story, others) => {
    const doc = rowPage(story, others);
    const list = [...doc.querySelectorAll('li.comment')];
    const headline = doc.querySelector('h1') ?? undefined;
    const reading = readClone(doc, list, headline, 1);
    expect(widenBuilderRow(doc, reading, list, headline)).toBe(reading);
  });
});
