import { textOf } from './text-of';

/**
 * A live quote table a markets site embeds between a story's paragraphs: Fox Business's "Ticker | Security | Last |
 * Change | Change %" table over one row per company the story names, MarketWatch's and Nasdaq's quote embeds, each
 * ticker linked to its quote page. It shows the price when the page is served, not what the story says happened, and
 * read as text it leaves a column-label line and a row of figures in the body. Its header names a ticker column, a
 * price column and a change column (a story's own table of results names periods, segments or teams); every row's
 * ticker is a link (a data table the story prints for itself names companies in plain text).
 */
const TICKER_HEADER = /^(?:ticker|symbol|sym\.?|ticker symbol)$/i;
const PRICE_HEADER = /^(?:last|last price|last trade|price|current price)$/i;
const CHANGE_HEADER = /^(?:change|chg\.?|net change|net chg\.?|change ?%|% ?change|% ?chg\.?|pct\.? change)$/i;
/** A quote embed lists the few companies a story names: more rows than this are a table of the story's own data. */
const MAX_ROWS = 12;

/** The cells of a table row, header or data. */
const CELL_TAGS = new Set(['TD', 'TH']);
const cellsOf = (row: Element): Element[] =>
  Array.from(row.children).filter((cell) => CELL_TAGS.has(cell.tagName.toUpperCase()));

/** True for a table whose first row labels a ticker, a price and a change column, with every ticker cell a link. */
export function isQuoteTable(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'TABLE') return false;
  const rows = Array.from(element.querySelectorAll('tr'));
  const header = rows[0];
  if (!header || rows.length < 2 || rows.length > MAX_ROWS + 1) return false;
  const labels = cellsOf(header).map((cell) => textOf(cell));
  const ticker = labels.findIndex((label) => TICKER_HEADER.test(label));
  if (ticker < 0 || !labels.some((label) => PRICE_HEADER.test(label))) return false;
  if (!labels.some((label) => CHANGE_HEADER.test(label))) return false;
  return rows.slice(1).every((row) => {
    const cell = cellsOf(row)[ticker];
    const link = cell?.querySelector('a');
    return link != null && textOf(link).length > 0 && textOf(link) === textOf(cell as Element);
  });
}
