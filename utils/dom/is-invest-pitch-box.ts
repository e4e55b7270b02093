import { INVEST_PITCH_HEADING, SPONSORED_PITCH_HEADING } from './boilerplate/invest-pitch-lines';
import { isShortHeadedBox, type BoxHeadingShape } from './box-heading';

/** The pitch box is a block opening on its heading (a heading, or a bold run or paragraph set as one). */
const HEADED_BOX: BoxHeadingShape = {
  boxTags: new Set(['DIV', 'SECTION', 'ASIDE']),
  headingTags: new Set(['H2', 'H3', 'H4', 'P', 'STRONG', 'B']),
  maxHeadingChars: 120,
};
/** The pitch is a heading and a few promo paragraphs: a box with more text (characters) is a section of the story. */
const MAX_BOX_CHARS = 1500;
/** Either pitch's heading: the stock-picking service's question or the advisor-matching offer's "Sponsored:" label. */
const PITCH_HEADING = new RegExp(`${INVEST_PITCH_HEADING.source}|${SPONSORED_PITCH_HEADING.source}`, 'i');

/**
 * True for the stock-picking service's pitch box under a markets article ("Should you invest $1,000 in … right now?"
 * over "Before you buy stock in …", the service's promo paragraphs, "See the 10 stocks »" and its returns footnote;
 * `INVEST_PITCH_HEADING`), and for the advisor-matching offer under a ranked list ("Sponsored: Find a Qualified
 * Financial Advisor" over its promo; `SPONSORED_PITCH_HEADING`), whatever its class says.
 */
export function isInvestPitchBox(element: Element): boolean {
  return isShortHeadedBox(element, HEADED_BOX, PITCH_HEADING, MAX_BOX_CHARS);
}
