/** One article line as the walk saw it: its length, how much of it is link text, and whether it ends a sentence. */
export interface LineLinks {
  chars: number;
  linkChars: number;
  sentence: boolean;
}

/** A line with at least this share of link text is a link item (a menu entry, a teaser title). */
const MIN_LINK_SHARE = 0.5;
/**
 * A run of fewer link items than this at either end is left alone: a post may end on a few links of its own. Dragnet
 * dev split: 3, 5 and 8 scored F1 0.940, 0.941, 0.940 (the gold keeps some short link lists).
 */
const MIN_RUN = 5;
/** A short line (characters) that ends no sentence, inside a run, is its label ("You might like:"), not prose. */
const MAX_LABEL_CHARS = 40;

/** True when a line is mostly link text: a menu entry or a teaser title. */
export const isLinkItem = (line: LineLinks): boolean => line.chars > 0 && line.linkChars / line.chars >= MIN_LINK_SHARE;
const isLabel = (line: LineLinks): boolean => line.chars <= MAX_LABEL_CHARS && !line.sentence;

/** Length of the run of link items (with their labels) at the start of `lines`, 0 below `MIN_RUN` items. */
function runLength(lines: readonly LineLinks[]): number {
  let length = 0;
  let items = 0;
  for (const line of lines) {
    if (!isLinkItem(line) && !isLabel(line)) break;
    length++;
    if (isLinkItem(line)) items++;
  }
  return items >= MIN_RUN ? length : 0;
}

/**
 * The range `[start, end)` of lines to keep once a run of link items at either end of the article is cut: site menus
 * Readability kept above the post, "You might like" teaser lists below it. Link lists in the middle stay (round-up
 * posts are lists of links).
 */
export function trimLinkRuns(lines: readonly LineLinks[]): { start: number; end: number } {
  const start = runLength(lines);
  const end = lines.length - runLength([...lines.slice(start)].reverse());
  return { start, end: Math.max(start, end) };
}
