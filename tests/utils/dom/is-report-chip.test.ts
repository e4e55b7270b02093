import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isReportChip } from '../../../utils/dom/is-report-chip';
import { appendBlocks } from '../../../utils/dom/append-blocks';
import { TextBuilder } from '../../../utils/dom/text-builder';

/** The body's paragraph and its links. */
const paragraphOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const paragraph = doc.querySelector('p');
  if (!paragraph) throw new Error('no paragraph');
  return paragraph;
};

/** The paragraph's text as the page reader writes it. */
const textOf = (html: string): string => {
  const builder = new TextBuilder();
  appendBlocks(builder, paragraphOf(html));
  return builder.toString().trim();
};

const THESTREET =
  '<p>Shares of Pellman (<a href="/quote/PLMN.html">PLMN</a>) - <a href="/r/ratings/PLMN.html">Get Report</a> fell 20% this summer.</p>';
const ZACKS =
  '<p>Shares of Apple (<a href="/stock/quote/AAPL">AAPL</a> - <a href="/zer/report/AAPL">Free Report</a>) rose 2% on Friday.</p>';

describe('isReportChip', () => {
  it.each([
    ["TheStreet's '(PLMN) - Get Report'", THESTREET],
    ["Zacks' '(AAPL - Free Report)'", ZACKS],
  ])('should find the report button of %s', (_case, html) => {
    const links = [...paragraphOf(html).querySelectorAll('a')];
    expect(links.map(isReportChip)).toEqual([false, true]);
  });

  it.each([
    ['a link to a report in a sentence', '<p>The agency published a <a href="/r">Free Report</a> on the harbour.</p>'],
    ['a report link after words, not a ticker', '<p>Read the analysis - <a href="/r">Get Report</a></p>'],
    ['a link reading otherwise after a ticker', '<p>Pellman (PLMN) - <a href="/r">full report here</a></p>'],
  ])('should keep %s', (_case, html) => {
    expect(isReportChip(paragraphOf(html).querySelector('a') as Element)).toBe(false);
  });
});

describe('appendBlocks with a ticker report chip', () => {
  it.each([
    ['TheStreet', THESTREET, 'Shares of Pellman (PLMN) fell 20% this summer.'],
    ['Zacks', ZACKS, 'Shares of Apple (AAPL) rose 2% on Friday.'],
  ])('should write the sentence of %s without the button and its dash', (_case, html, text) => {
    expect(textOf(html)).toBe(text);
  });

  it('should keep a dash the story writes before a link', () => {
    expect(textOf('<p>Harbour Board - <a href="/b">Annual Report</a> - was released on Friday.</p>')).toBe(
      'Harbour Board - Annual Report - was released on Friday.',
    );
  });
});

describe("isReportChip on MarketBeat's 'Get Free Report'", () => {
  it('should leave it in the sentence, as the suite reads it', () => {
    const html =
      '<p>Halvorsen Logistics Inc. (<a href="/q/HLVN">NYSE:HLVN</a> - <a href="/r/HLVN">Get Free Report</a>) gapped up.</p>';
    expect(isReportChip(paragraphOf(html).querySelectorAll('a')[1] as Element)).toBe(false);
  });
});
