import { textWithin } from './text-within';

/** Blocks that hold a card; a paragraph is a line of the story. */
const CARD_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** A quote card is a ticker, a name and a few figures: more text than this (characters, spaces aside) is no card. */
const MAX_CARD_CHARS = 400;
/** The exchange and ticker a quote card opens on: "NYSE: BRWP", "NASDAQ: AAPL", "TSX: RY", "LSE: VOD". */
const EXCHANGE_TICKER =
  /\b(?:NYSE|NASDAQ|Nasdaq|NYSEAMERICAN|NYSEARCA|AMEX|OTC|TSX|TSXV|LSE|ASX|NSE|BSE)\s*:\s*[A-Z]{1,6}/;
/**
 * The fields of a quote card: "Current Price", "Today's Change", "Market Cap", "Day's Range", "52-Week Range",
 * "Avg Vol", "Gross Margin", "Dividend Yield", "P/E Ratio" (the card's cells are read glued, no space between).
 */
const QUOTE_FIELD =
  /(?:current price|today['’]s change|market cap|day['’]s range|52[- ]week range|avg\.? vol(?:ume)?|gross margin|dividend yield|p\/e ratio)/gi;
/** A card names at least this many of its fields; a sentence of the story naming one ("its market cap") is no card. */
const MIN_FIELDS = 2;

/**
 * True for a stock quote card set inside a markets article (The Motley Fool's company card: "NYSE: BRWP", the
 * company's name, "Today's Change (-1.84%) -$0.71", "Current Price $37.90", a key-data table), whatever its class says:
 * a short block with an exchange and ticker and the card's labelled fields. A paragraph that cites a ticker and a
 * market cap is a line of the story, and a block holding one is longer than a card.
 */
export function isQuoteCard(element: Element): boolean {
  if (!CARD_TAGS.has(element.tagName.toUpperCase())) return false;
  const text = textWithin(element, MAX_CARD_CHARS);
  if (text === undefined || !EXCHANGE_TICKER.test(text)) return false;
  if (element.querySelector('p') !== null) return false;
  return new Set((text.match(QUOTE_FIELD) ?? []).map((field) => field.toLowerCase())).size >= MIN_FIELDS;
}
