/**
 * A quotation inside a comment: a `blockquote` or `q`, or a block a forum names as its quote box (SPIEGEL ONLINE's
 * `div.article-comment-quote` around "Zitat von hessenbub" and the quoted words, vBulletin's `div.bbcode_quote`,
 * phpBB's `div.quotecontent`). Its attribution names the author quoted, not the one who quotes.
 */
const QUOTATION = 'blockquote, q, [class*="quote" i]';

/**
 * True when `part` of comment `item` lies in a quotation of another post inside it (or is named as one, the quote's
 * `span.quote-author`): its name and date are the quoted post's. The item itself is never its own quote, whatever it
 * is named.
 */
export function isQuotedPart(part: Element, item: Element): boolean {
  const quote = part.closest(QUOTATION);
  return quote !== null && quote !== item && item.contains(quote);
}
