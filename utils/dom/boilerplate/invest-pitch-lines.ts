/**
 * The stock-picking service's pitch a markets site closes its articles on, in the wording The Motley Fool prints under
 * every article and its syndication partners (Yahoo Finance, Nasdaq.com, MSN) carry with it: "Should you invest $1,000
 * in Brightwell right now?", "Before you buy stock in Brightwell, consider this:", "See the 10 stocks »", "*Stock
 * Advisor returns as of November 24, 2026". The heading opens the pitch box (`isInvestPitchBox` drops the box with it);
 * the lines also go alone, where a partner's copy sets them as plain paragraphs.
 */

/**
 * The box's heading, a question to the reader about the stock of the story. A question in the story about a sum
 * names no "right now": "Should you invest $1,000 in a CD or a bond fund?" stays.
 */
export const INVEST_PITCH_HEADING = /^should you (?:invest|buy) \$[\d,]+ (?:in|into) [^?]{1,80} right now\?$/i;

/**
 * The advisor-matching pitch a list or ranking site closes its stories on (24/7 Wall St. under every list, and its
 * partners' copies): a "Sponsored:" label before an offer to the reader ("Sponsored: Find a Qualified Financial
 * Advisor"), then a paragraph or two of promo. The label and an imperative title, nothing more: a story's "Sponsored:
 * the festival, by the bank" has no offer.
 */
export const SPONSORED_PITCH_HEADING =
  /^sponsored:\s+(?:find|get|see|compare|try|discover|meet|check|claim|start)\b[^.!?:]{3,80}[.!]?$/i;

export const INVEST_PITCH_LINES: readonly RegExp[] = [
  INVEST_PITCH_HEADING,
  SPONSORED_PITCH_HEADING,
  /^before you buy stock in [^,]{1,80}, consider this:?$/i,
  // The box's button and its returns footnote.
  /^see the \d{1,2} stocks\s*»?$/i,
  /^\*?stock advisor returns as of .{1,30}$/i,
];
