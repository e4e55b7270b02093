import type { Span } from '../model';

/**
 * Longest quotation (UTF-16 units) kept whole by the splitter. A longer "quote" is more likely a quote mark left
 * open across paragraphs (news style) than one quoted passage, and keeping it whole would glue sentences together.
 */
export const MAX_QUOTE_CHARS = 400;

const OPENERS = '“«„';
const CLOSERS = '”»';
const STRAIGHT = '"';
const ANY_QUOTE = /["“”«»„]/;

/**
 * Finds double-quoted passages in one line, quote marks included, in order and without overlap: curly quotes pair
 * by direction, straight quotes pair in turn. Unclosed or overlong quotes give no range.
 */
export function findQuotedRanges(line: string): Span[] {
  const ranges: Span[] = [];
  if (!ANY_QUOTE.test(line)) return ranges;
  let open = -1;
  let openMark = '';
  for (let i = 0; i < line.length; i++) {
    const mark = line[i] ?? '';
    const closes = open >= 0 && (openMark === STRAIGHT ? mark === STRAIGHT : CLOSERS.includes(mark));
    if (closes) {
      if (i + 1 - open <= MAX_QUOTE_CHARS) ranges.push({ start: open, end: i + 1 });
      open = -1;
    } else if (OPENERS.includes(mark) || mark === STRAIGHT) {
      open = i;
      openMark = mark;
    }
  }
  return ranges;
}
