import { lineWithin, textWithin } from './text-within';

/** The label over the claim a fact-check reviews: "Claim:", "The claim", "What was claimed", "Claim reviewed". */
const CLAIM_LABEL = /^(?:the )?(?:claim(?: reviewed)?|what was claimed)\s*[:：]?$/i;
/** The label over its finding: "Verdict:", "Our verdict", "Rating:", "Our ruling", "Conclusion". */
const VERDICT_LABEL = /^(?:our |the )?(?:verdict|rating|ruling|conclusion)\s*[:：]?$/i;
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** A label is a short line: at most this many characters other than spaces. */
const MAX_LABEL_CHARS = 30;
/**
 * A claim box is the claim and its rating in a sentence or two each: more text than this (characters, spaces not
 * counted) is a story with "The claim" and "Our verdict" sections, which stays.
 */
const MAX_BOX_CHARS = 700;

/** The label an element is, when its whole text is a short line. */
function labelOf(element: Element): string | undefined {
  return lineWithin(element, MAX_LABEL_CHARS);
}

/**
 * True for a fact-check's claim box: its first words are a claim label in an element of their own (`<strong>Claim:
 * </strong>`, `<h4>What was claimed</h4>`) and a verdict label follows in another ("Verdict:", "Our verdict",
 * "Rating:"), in a box of a few lines (AFP's and Snopes' claim and rating lines, Full Fact's card). It sums up the
 * story under it, as ClaimReview markup does, and comes with no class the furniture vocabulary could read.
 */
export function isClaimBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  // Every box on the page is asked: its text is read only within a box's length.
  if (textWithin(element, MAX_BOX_CHARS) === undefined) return false;
  let claimed = false;
  for (const inner of element.querySelectorAll('*')) {
    const label = labelOf(inner);
    if (!claimed) {
      // The first element with text must be the claim label: a box that opens with prose is not a claim box.
      if (label === undefined || label.length === 0) {
        if (inner.childElementCount === 0 && (inner.textContent ?? '').trim().length > 0) return false;
        continue;
      }
      if (!CLAIM_LABEL.test(label)) return false;
      claimed = true;
    } else if (label !== undefined && VERDICT_LABEL.test(label)) return true;
  }
  return false;
}
