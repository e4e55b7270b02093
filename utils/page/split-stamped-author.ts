import { isCommentDateLine } from './is-comment-date-line';
import { isNameShaped } from './is-name-shaped';
import type { Line } from './split-lines';

// "Ann Berg · 2 hours ago", "ok1517 | Sep 12, 2023": a name and a time stamp on one line.
const STAMP_SEPARATOR = /\s+[·|•–—]\s+/u;
// "xdwyer 5 pts", "Ann Berg -3 points": a vote tally the site prints after the name; it is neither name nor text.
const VOTE_TALLY = /\s+[-+−]?\d[\d,]*\s*(?:pts?|points?|votes?)$/iu;

/** An author line split: the name, its time stamp when printed, and whether the stamp came first. */
export interface StampedAuthor {
  name: Line;
  stamp?: Line;
  /** "October 15, 2012 | Ann": the stamp-first order sites use for a signature under the text. */
  stampFirst?: boolean;
}

/**
 * Splits an author line that carries its time stamp (either side of the name) or vote tally into the name and the
 * time stamp (absent when the line carries only a tally); undefined for any other line.
 */
export function splitStampedAuthor(line: Line): StampedAuthor | undefined {
  const separator = STAMP_SEPARATOR.exec(line.text);
  const tailAt = separator ? separator.index + separator[0].length : line.text.length;
  const head = separator ? line.text.slice(0, separator.index) : line.text;
  const tail = line.text.slice(tailAt);
  if (separator && !isCommentDateLine(tail)) return stampFirst(line, head, tail, tailAt);
  const tally = VOTE_TALLY.exec(head);
  if (!separator && !tally) return undefined;
  const nameText = tally ? head.slice(0, tally.index) : head;
  if (!isNameShaped(nameText)) return undefined;
  const name = { text: nameText, start: line.start, end: line.start + nameText.length };
  return separator ? { name, stamp: { text: tail, start: line.start + tailAt, end: line.end } } : { name };
}

/** "October 15, 2012 | Danae": a stamp, then the name. */
function stampFirst(line: Line, head: string, tail: string, tailAt: number): StampedAuthor | undefined {
  if (!isCommentDateLine(head) || !isNameShaped(tail)) return undefined;
  return {
    name: { text: tail, start: line.start + tailAt, end: line.end },
    stamp: { text: head, start: line.start, end: line.start + head.length },
    stampFirst: true,
  };
}
