import { runSteps, type Steps } from '../steps/steps';

/** One non-empty source line, trimmed, with the offsets of the trimmed text in the input. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

const LF = 10;
const CR = 13;
/** Highest code unit that is ASCII; above it, whitespace is decided by the regex below. */
const ASCII_MAX = 127;
// One whitespace character as String.prototype.trim sees it (NBSP, em space, …), so offsets agree with `trim()`.
const SPACE = /\s/;
/**
 * Characters read per step by `splitLinesSteps`: about a ms of scanning, so a 4.5 MB page takes tens of steps; a step
 * ends at the first line end past it, since a line is read whole.
 */
const CHARS_PER_STEP = 200_000;

/**
 * Splits text into its non-empty lines (LF, CRLF or a lone CR), trimmed. One pass over the code units with no
 * regex per line, so a 10 MB input costs linear time and no array of blank lines.
 */
export function splitLines(text: string): Line[] {
  return runSteps(splitLinesSteps(text));
}

/** `splitLines` step by step (see `Steps`): a step per `CHARS_PER_STEP` characters, at a line end. */
export function* splitLinesSteps(text: string): Steps<Line[]> {
  const lines: Line[] = [];
  let from = 0;
  let stepEnd = CHARS_PER_STEP;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== LF && code !== CR) continue;
    pushTrimmed(text, from, i, lines);
    if (code === CR && text.charCodeAt(i + 1) === LF) i++;
    from = i + 1;
    if (from >= stepEnd) {
      stepEnd = from + CHARS_PER_STEP;
      yield;
    }
  }
  pushTrimmed(text, from, text.length, lines);
  return lines;
}

function pushTrimmed(text: string, from: number, to: number, lines: Line[]): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) lines.push({ text: text.slice(start, end), start, end });
}

function isSpace(code: number): boolean {
  if (code <= ASCII_MAX) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}
