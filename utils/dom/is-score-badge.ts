import { classNames } from './class-names';
import { lineWithin } from './text-within';

/**
 * A review's score named as such by its class: RTINGS' `e-score_box-value` (the furniture vocabulary's `score-box`
 * spelled with an underscore), a CSS module's `TestScore_score__x` (read as `test-score-score`), `overall-score`,
 * `product-score`.
 */
const SCORE_NAME = /(?:^|[-_\s])(?:score_box|(?:test|overall|product|review|total)-?score)(?:$|[-_\s])/i;
/** The badge: a number first ("7.4", "74%", "8/10"), then its label at most ("Which? test score"). */
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
