import { textOf } from './text-of';
import { rowCells } from './row-cells';

/**
 * A live quote table a markets site embeds between a story's paragraphs: Fox Business's "Ticker | Security | Last |
 * Change | Change %" table over one row per company the story names, MarketWatch's and Nasdaq's quote embeds, each
 * ticker linked to its quote page. It shows the price when the page is served, not what the story says happened, and
 * read as text it leaves a column-label line and a row of figures in the body. Its header names a ticker column, a
 * price column and a change column (a story's own table of results names periods, segments or teams); every row's
 * ticker is a link (a data table the story prints for itself names companies in plain text). A company's quote box
 * lists its exchanges instead, under a price and a change column.
 */
const TICKER_HEADER = /^(?:ticker|symbol|sym\.?|ticker symbol)$/i;
const PRICE_HEADER = /^(?:last|last price|last trade|price|current price)$/i;
const CHANGE_HEADER = /^(?:change|chg\.?|net change|net chg\.?|change ?%|% ?change|% ?chg\.?|pct\.? change)$/i;
/**
 * The exchanges a company's quote box lists one per row, as Indian business papers print a listed company's price on
 * both its exchanges ("BSE 612.40 +18.25 (3.07%)", "NSE 613.05 +18.90 (3.18%)").
 */
const EXCHANGE = /^(?:BSE|NSE|NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SGX)$/;
/** A quote embed lists the few companies a story names: more rows than this are a table of the story's own data. */
const MAX_ROWS = 12;

/**
 * True for a table whose first row labels a price and a change column, over rows of linked tickers (under a ticker
 * column) or of exchanges.
 */
export function isQuoteTable(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'TABLE') return false;
  const rows = Array.from(element.querySelectorAll('tr'));
  const header = rows[0];
  if (!header || rows.length < 2 || rows.length > MAX_ROWS + 1) return false;
  const labels = rowCells(header).map((cell) => textOf(cell));
  if (!labels.some((label) => PRICE_HEADER.test(label))) return false;
  if (!labels.some((label) => CHANGE_HEADER.test(label))) return false;
  const body = rows.slice(1);
  if (body.every((row) => EXCHANGE.test(textOf(rowCells(row)[0] ?? row)))) return true;
  const ticker = labels.findIndex((label) => TICKER_HEADER.test(label));
  if (ticker < 0) return false;
  return body.every((row) => {
    const cell = rowCells(row)[ticker];
    const link = cell?.querySelector('a');
    return link != null && textOf(link).length > 0 && textOf(link) === textOf(cell as Element);
  });
}
