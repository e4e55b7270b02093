import { isPhrasing } from './phrasing-tags';

/**
 * A live price quote a crypto or markets site sets beside a coin's or company's name inside a sentence: Cointelegraph's
 * coin widget after "Solana (SOL)" (`$161.07` and `-4.77%` in spans of their own), Decrypt's coin chip (an icon, "BTC"
 * and the price in one link), a stock chip after a ticker ("AAPL +1.2%"). Read as text, the quote glues into the
 * sentence: "… staked Solana (SOL)$161.07-4.77%. Of the stake …". Read by text and layout, since sites hide these
 * under hashed class names.
 */

/**
 * A price ("$161.07", "₹99,84,210", "KRW 3,412") or a change ("-4.77%", "+0.41%", "(▲2.1%)"), or a price and its
 * change.
 */
const PRICE = String.raw`(?:[$€£¥₹₩]|(?:USD|KRW|EUR|INR)\s?)\d[\d,]*(?:\.\d+)?`;
const CHANGE = String.raw`\(?[+\-−▲▼]?\s?\d+(?:\.\d+)?%\)?`;
const QUOTE = new RegExp(String.raw`^(?:${PRICE}(?:\s*${CHANGE})?|${CHANGE})$`, 'u');
/** A quote is set in an inline element other than a link (a block or a table cell is a line of its own). */
const LINK = 'A';
/** What the quote is glued to: the end of a word, a ticker or its closing bracket, with no space before the quote. */
const GLUED_END = /[\p{L}\p{N})\]]$/u;
/** Any price or change in a text, to read what the line says besides them. */
const QUOTES = new RegExp(String.raw`${PRICE}|${CHANGE}`, 'gu');
const WORD = /[\p{L}\p{N}]+/gu;
/**
 * The line around the quote is a sentence: at least this many words besides the quotes. A row of ticker chips
 * ("SLVN+11.4% ICLN+1.3%") is left whole, for the line rules that drop a ticker row to see it as one.
 */
const MIN_PROSE_WORDS = 6;

/**
 * True for an inline element whose whole text is a price or a price change, set right after a word with no space
 * between, inside a sentence: a quote widget. Prose writes "rose to $61,204" or "fell 2.1%" with a space before the
 * figure, and a table cell or a line of its own has nothing before it, so both stay.
 */
export function isPriceQuote(element: Element): boolean {
  if (!isPhrasing(element) || element.tagName.toUpperCase() === LINK) return false;
  const text = (element.textContent ?? '').trim();
  if (!QUOTE.test(text)) return false;
  if ((element.textContent ?? '').startsWith(' ')) return false;
  const before = textBefore(element);
  if (before === undefined || !GLUED_END.test(before)) return false;
  const block = blockOf(element);
  const words = (block?.textContent ?? '').replace(QUOTES, ' ').match(WORD)?.length ?? 0;
  return words >= MIN_PROSE_WORDS;
}

/** The nearest ancestor that is not inline: the paragraph, item or box the quote sits in. */
function blockOf(element: Element): Element | null {
  let node = element.parentElement;
  while (node && isPhrasing(node)) {
    node = node.parentElement;
  }
  return node;
}

/**
 * The text right before an element inside its inline run: its previous sibling's, or its inline parent's previous
 * sibling's.
 */
function textBefore(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const previous: ChildNode | null = node.previousSibling;
    if (previous) return previous.textContent ?? '';
    const parent: Element | null = node.parentElement;
    if (!parent || !isPhrasing(parent)) return undefined;
    node = parent;
  }
  return undefined;
}
