import { isCommentDateLine } from './is-comment-date-line';
import { isNameShaped } from './is-name-shaped';
import type { Line } from './split-lines';

// "Ann Berg · 2 hours ago", "ok1517 | Sep 12, 2023": a name and a time stamp on one line.
const STAMP_SEPARATOR = /\s+[·|•–—]\s+/u;
// "xdwyer 5 pts", "Ann Berg -3 points": a vote tally the site prints after the name; it is neither name nor text.
const VOTE_TALLY = /\s+[-+−]?\d[\d,]*\s*(?:pts?|points?|votes?)$/iu;

/**
 * Splits an author line that carries its time stamp or vote tally into the name and the time stamp (absent when the
 * line carries only a tally); undefined for any other line.
 */
export function splitStampedAuthor(line: Line): { name: Line; stamp?: Line } | undefined {
  const separator = STAMP_SEPARATOR.exec(line.text);
  const stampAt = separator ? separator.index + separator[0].length : line.text.length;
  const stampText = line.text.slice(stampAt);
  if (separator && !isCommentDateLine(stampText)) return undefined;
  const head = separator ? line.text.slice(0, separator.index) : line.text;
  const tally = VOTE_TALLY.exec(head);
  if (!separator && !tally) return undefined;
  const nameText = tally ? head.slice(0, tally.index) : head;
  if (!isNameShaped(nameText)) return undefined;
  const name = { text: nameText, start: line.start, end: line.start + nameText.length };
  return separator ? { name, stamp: { text: stampText, start: line.start + stampAt, end: line.end } } : { name };
}
