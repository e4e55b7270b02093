import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isQuoteTable } from '../../../utils/dom/is-quote-table';

/** The first table of the body. */
const tableOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const table = doc.querySelector('table');
  if (!table) throw new Error('no table');
  return table;
};

describe('isQuoteTable', () => {
  it.each([
    [
      "Fox Business's quote table (Ticker, Security, Last, Change, Change %)",
      '<table><thead><tr><th>Ticker</th><th>Security</th><th>Last</th><th>Change</th><th>Change %</th></tr></thead><tbody><tr><td><a href="/quote/HWKF">HWKF</a></td><td>HARWICK FOODS INC.</td><td>31.08</td><td>-4.77</td><td>-13.31%</td></tr></tbody></table>',
    ],
    [
      'a quote embed of two rows (Symbol, Price, % Chg)',
      '<table><tr><td>Symbol</td><td>Price</td><td>% Chg</td></tr><tr><td><a href="/q/AAA">AAA</a></td><td>12.10</td><td>+1.2%</td></tr><tr><td><a href="/q/BBB">BBB</a></td><td>8.45</td><td>-0.4%</td></tr></table>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isQuoteTable(tableOf(html))).toBe(true);
  });

  it.each([
    [
      "a story's table of results (no ticker column)",
      '<table><tr><th>Quarter</th><th>Revenue</th><th>Change</th></tr><tr><td>Q1</td><td>$3.1bn</td><td>+5%</td></tr></table>',
    ],
    [
      "a story's table of stock moves with tickers in plain text (the story's own data)",
      '<table><tr><th>Ticker</th><th>Company</th><th>Price</th><th>Change</th></tr><tr><td>HWKF</td><td>Harwick Foods</td><td>31.08</td><td>-13.3%</td></tr></table>',
    ],
    [
      'a table without a price column',
      '<table><tr><th>Symbol</th><th>Company</th><th>Change</th></tr><tr><td><a href="/q/AAA">AAA</a></td><td>Alder</td><td>+1%</td></tr></table>',
    ],
    ['a header row alone', '<table><tr><th>Ticker</th><th>Last</th><th>Change</th></tr></table>'],
  ])('should keep %s', (_case, html) => {
    expect(isQuoteTable(tableOf(html))).toBe(false);
  });

  it('should keep a long table of the story', () => {
    const rows = Array.from(
      { length: 20 },
      (_, i) => `<tr><td><a href="/q/T${i}">T${i}</a></td><td>1.0</td><td>+1%</td></tr>`,
    ).join('');
    expect(isQuoteTable(tableOf(`<table><tr><th>Ticker</th><th>Last</th><th>Change</th></tr>${rows}</table>`))).toBe(
      false,
    );
  });
});

describe('isQuoteTable on a company quote box by exchange', () => {
  it("should find Business Standard's BSE/NSE price box", () => {
    expect(
      isQuoteTable(
        tableOf(
          '<table><tr><th></th><th>Price</th><th>Change</th></tr><tr><td>BSE</td><td>612.40</td><td>+18.25 (3.07%)</td></tr><tr><td>NSE</td><td>613.05</td><td>+18.90 (3.18%)</td></tr></table>',
        ),
      ),
    ).toBe(true);
  });

  it("should keep a story's table of quarters under price and change columns", () => {
    expect(
      isQuoteTable(
        tableOf(
          '<table><tr><th></th><th>Price</th><th>Change</th></tr><tr><td>Q1</td><td>612.40</td><td>+3%</td></tr><tr><td>Q2</td><td>613.05</td><td>+0.1%</td></tr></table>',
        ),
      ),
    ).toBe(false);
  });
});
