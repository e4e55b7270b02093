import { classNames } from './class-names';
import { lineWithin } from './text-within';

/**
 * A review's score named as such by its class: RTINGS' `e-score_box-value` (the furniture vocabulary's `score-box`
 * spelled with an underscore), a CSS module's `TestScore_score__x` (read as `test-score-score`), `overall-score`,
 * `product-score`; and a restaurant guide's rating badge over each place, named for its shape or its value (The
 * Infatuation's `styles_ratingCircle__x`, read as `rating-circle`; `rating-badge`, `rating-value`) or for whose
 * rating it is (`critic-rating`, `overall-rating`). A bare `rating` may name a table's column: not enough.
 */
const SCORE_NAME =
  /(?:^|[-_\s])(?:score_box|(?:test|overall|product|review|total)-?score|rating-(?:circle|badge|bubble|pill|box|value|number|score)|(?:critic|editor|overall|venue)-rating)(?:$|[-_\s])/i;
/** The badge: a number first ("7.4", "74%", "8/10", "8.6"), then its label at most ("Which? test score"). */
const SCORE_TEXT = /^\d{1,3}(?:[.,]\d)?\s*(?:%|\/\s*(?:5|10|100))?(?:\s*\D.{0,40})?$/u;
/** A badge is a short line: at most this many characters (spaces not counted). */
const MAX_BADGE_CHARS = 50;

/**
 * True for a review's score badge (`<span class="e-score_box-value">7.4</span>`, `<div class="TestScore_score__x">74%
 * Which? test score</div>`): a short block whose class names it a score and whose text is the number with its label.
 * It rates the product, as stars do; the review's paragraph beside it is the text.
 */
export function isScoreBadge(element: Element): boolean {
  if (!SCORE_NAME.test(classNames(element))) return false;
  const text = lineWithin(element, MAX_BADGE_CHARS);
  return text !== undefined && SCORE_TEXT.test(text);
}
