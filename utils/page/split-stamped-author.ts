import { isCommentDateLine } from './is-comment-date-line';
import { isNameShaped } from './is-name-shaped';
import { withoutMaskedIp } from './masked-ip';
import type { Line } from './split-lines';

// "Ann Berg · 2 hours ago", "ok1517 | Sep 12, 2023": a name and a time stamp on one line.
const STAMP_SEPARATOR = /\s+[·|•–—]\s+/u;
// "xdwyer 5 pts", "Ann Berg -3 points": a vote tally the site prints after the name; it is neither name nor text.
const VOTE_TALLY = /\s+[-+−]?\d[\d,]*\s*(?:pts?|points?|votes?)$/iu;
/**
 * "kierowca_z_Pyzdr 27.11.2026, 16:48", "Ann Berg 2026-11-27 16:48": a name and an all-digit date stamp with no
 * separator between them, as Central European portals' and older forums' comment heads print them (two spans side
 * by side), and US sites' with the clock's "PM" ("stationwagonstan 10/29/20 4:40PM", Kinja). Only a date in digits counts: a month name after a name ("Ann May") may be part of the name.
 */
const SPACES = /\s+/u;
const LOWER_START = /^\p{Ll}/u;
const NUMERIC_STAMP_TAIL =
  /\s+(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\.?(?:,?\s+\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)?$/iu;

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
  if (!separator && !tally) return splitNumericStamp(line);
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

/**
 * One token (a nickname: "gość", "kierowca_z_Pyzdr") or capitalised words ("Zofia K."): with no separator to set the
 * stamp apart, a head of several words one of which is lower-case is a sentence ending on a date.
 */
const isNickOrName = (text: string): boolean => {
  const words = text.split(SPACES);
  return words.length === 1 || words.every((word) => !LOWER_START.test(word));
};

/**
 * "kierowca_z_Pyzdr 27.11.2026, 16:48": a name, then a date in digits with no separator (see `NUMERIC_STAMP_TAIL`),
 * maybe with a guest's masked address between them (`withoutMaskedIp`).
 */
function splitNumericStamp(line: Line): StampedAuthor | undefined {
  const tail = NUMERIC_STAMP_TAIL.exec(line.text);
  if (!tail) return undefined;
  // A guest's masked address between the name and the stamp ("Зочин (202.131.xxx.xxx) 2026-11-29 10:58") is left out.
  const nameText = withoutMaskedIp(line.text.slice(0, tail.index));
  const stampText = tail[0].trimStart();
  if (!isNameShaped(nameText) || !isNickOrName(nameText) || !isCommentDateLine(stampText)) return undefined;
  const stampStart = line.end - stampText.length;
  return {
    name: { text: nameText, start: line.start, end: line.start + nameText.length },
    stamp: { text: stampText, start: stampStart, end: line.end },
  };
}
