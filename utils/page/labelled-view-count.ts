/**
 * A view counter with its label before the number, as WordPress view-count plugins and news themes print it in the
 * meta row beside the byline and date: "Post Views: 1,234" (Post Views Counter), "Total Views: 3112" (gCaptain's
 * theme), "Views: 89", "Hits: 4.1k". The colon marks the label: "Views of the harbour: 12" and "Post views rose by 12"
 * are prose, and so is a lower-case word before a colon.
 */
// Capitalised as a label is ("Post views: 12", "VIEWS: 89"); in lower case it ends a sentence ("drew more views: 12").
const LABEL = String.raw`(?:(?:Total|Post|Page|Article)\s+(?:[Vv]iews|[Hh]its|[Rr]eads)|Views|Hits|Reads|(?:(?:TOTAL|POST)\s+)?(?:VIEWS|HITS))`;
/** The count, its thousands grouped or shortened ("1,234", "12.480", "4.1k"). */
const COUNT = String.raw`\d[\d.,]*[kK]?`;

const ALONE = new RegExp(String.raw`^${LABEL}\s*:\s*${COUNT}$`, 'u');
// The counter opening a meta row, before the date or byline: "Total Views: 3112 November 21, 2019 by Ann Lee".
const LEADING = new RegExp(String.raw`^${LABEL}\s*:\s*${COUNT}(?:\s+[|·•/–—-])?(?:\s+|$)`, 'u');
// The counter closing a meta row, after the byline: "November 21, 2019 by Ann Lee | Post Views: 1,234".
const TRAILING = new RegExp(String.raw`(?:\s+[|·•/–—-])?\s+${LABEL}\s*:\s*${COUNT}$`, 'u');

/** True for a labelled view counter alone ("Post Views: 1,234"). */
export function isLabelledViewCount(text: string): boolean {
  return ALONE.test(text.trim());
}

/** How many characters a labelled view counter opening `text` takes, with the space after it (0 when none). */
export function leadingViewCountLength(text: string): number {
  return LEADING.exec(text)?.[0].length ?? 0;
}

/** Where a labelled view counter closing `text` starts, with the space and separator before it; undefined if none. */
export function trailingViewCountStart(text: string): number | undefined {
  return TRAILING.exec(text)?.index;
}
