/** One non-empty source line, trimmed, with the offsets of the trimmed text in the input. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

// Any line end: CRLF, LF, or a lone CR (old Mac files).
const LINE_END = /\r\n|\n|\r/g;
// One whitespace character as String.prototype.trim sees it, so offsets agree with `trim()`.
const SPACE = /\s/;

/**
 * Splits text into its non-empty lines, trimmed. One left-to-right pass (`matchAll` and per-character trims),
 * so a 10 MB input costs linear time and no array of blank lines.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (const match of text.matchAll(LINE_END)) {
    pushTrimmed(text, from, match.index, lines);
    from = match.index + match[0].length;
  }
  pushTrimmed(text, from, text.length, lines);
  return lines;
}

function pushTrimmed(text: string, from: number, to: number, lines: Line[]): void {
  let start = from;
  let end = to;
  while (start < end && SPACE.test(text.charAt(start))) start++;
  while (end > start && SPACE.test(text.charAt(end - 1))) end--;
  if (end > start) lines.push({ text: text.slice(start, end), start, end });
}
