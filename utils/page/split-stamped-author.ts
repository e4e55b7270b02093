import { isCommentDateLine } from './is-comment-date-line';
import { isNameShaped } from './is-name-shaped';
import type { Line } from './split-lines';

// "Ann Berg · 2 hours ago", "ok1517 | Sep 12, 2023": a name and a time stamp on one line.
const STAMP_SEPARATOR = /\s+[·|•–—]\s+/u;

/** Splits an author line that carries its time stamp into name and stamp; undefined for any other line. */
export function splitStampedAuthor(line: Line): { name: Line; stamp: Line } | undefined {
  const separator = STAMP_SEPARATOR.exec(line.text);
  if (!separator) return undefined;
  const nameText = line.text.slice(0, separator.index);
  const stampAt = separator.index + separator[0].length;
  const stampText = line.text.slice(stampAt);
  if (!isNameShaped(nameText) || !isCommentDateLine(stampText)) return undefined;
  return {
    name: { text: nameText, start: line.start, end: line.start + nameText.length },
    stamp: { text: stampText, start: line.start + stampAt, end: line.end },
  };
}
