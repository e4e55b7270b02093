/** Any labelled line: a short label, its colon, then a short value ("Release date: 21 November 2026"). */
const LABELLED_LINE = /^([\p{L}][\p{L} .'’&/-]{0,30}?)\s*:\s*(\S.{0,80})$/u;

/**
 * True for lines that make a card of facts: at least `minLines` of them, every one a short 'Label: value', and at
 * least `minKnown` of them under a label `known` names (a release's "Label:", "Runtime:"; a venue's "Address:",
 * "Hours:"). The record's or the place's card, not prose: a paragraph, or a speaker's lines in a transcript ("Q: …",
 * "MARSH: …"), has no such labels.
 */
export function areLabelledFacts(lines: readonly string[], known: RegExp, minLines: number, minKnown: number): boolean {
  if (lines.length < minLines) return false;
  let knownLabels = 0;
  for (const line of lines) {
    const match = LABELLED_LINE.exec(line);
    if (!match) return false;
    if (known.test(match[1] ?? '')) knownLabels += 1;
  }
  return knownLabels >= minKnown;
}
