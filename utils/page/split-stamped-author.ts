import { FOREIGN_RELATIVE_TIME } from './foreign-relative-time';
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
 * by side), and US sites' with the clock's "PM" ("stationwagonstan 10/29/20 4:40PM", Kinja). Only a date in digits
 * counts: a month name after a name ("Ann May") may be part of the name.
 */
const SPACES = /\s+/u;
const LOWER_START = /^\p{Ll}/u;
const NUMERIC_STAMP_TAIL =
  /\s+(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\.?(?:,?\s+\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)?$/iu;
/**
 * "obywatel_z_moreny 2 godz. temu", "vecino_russafa hace 2 horas": a name, then a relative stamp in another language
 * (`FOREIGN_RELATIVE_TIME`), as the same portals print it for recent comments. The stamp's own words and its number
 * set it apart from the name.
 */
const RELATIVE_STAMP_TAIL = new RegExp(`\\s+(?:${FOREIGN_RELATIVE_TIME})$`, 'iu');
/**
 * "Franco B. 12 marzo 2019 alle 10:02", "hessenbub heute, 15:31 Uhr", "Pierre-Yves49 le 12/03/2019 à 14:05": a name,
 * then a stamp with the month in words or a day's name before its time, in the words of the site's language. Such a
 * stamp opens on a digit, French "le" and a digit, or "today"/"yesterday" (a month name alone may end a name: "Ann
 * May"), and the whole tail must read as a stamp (`isCommentDateLine`). At most this many words are tried as the tail.
 */
const WORDED_STAMP_START =
  /^(?:\d|le\s+\d|(?:heute|gestern|hoy|ayer|aujourd['’]hui|hier|oggi|ieri|dzisiaj|dziś|wczoraj|vandaag|gisteren)(?!\p{L}))/iu;
const MAX_STAMP_WORDS = 7;

/** The longest tail of `text` (in words) that reads as a worded stamp (see `WORDED_STAMP_START`), or undefined. */
function wordedStampTail(text: string): { index: number; 0: string } | undefined {
  const words = text.split(SPACES);
  for (let first = Math.max(1, words.length - MAX_STAMP_WORDS); first < words.length; first++) {
    const tail = words.slice(first).join(' ');
    if (!WORDED_STAMP_START.test(tail) || !isCommentDateLine(tail)) continue;
    return { index: text.length - tail.length - 1, 0: ` ${tail}` };
  }
  return undefined;
}

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
 * a relative stamp ("2 godz. temu", `RELATIVE_STAMP_TAIL`) or a worded one ("heute, 15:31 Uhr", `wordedStampTail`),
 * maybe with a guest's masked address between them (`withoutMaskedIp`).
 */
function splitNumericStamp(line: Line): StampedAuthor | undefined {
  const tail = NUMERIC_STAMP_TAIL.exec(line.text) ?? RELATIVE_STAMP_TAIL.exec(line.text) ?? wordedStampTail(line.text);
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
