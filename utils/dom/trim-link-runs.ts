/** One article line as the walk saw it: its length, how much of it is link text, and whether it ends a sentence. */
export interface LineLinks {
  chars: number;
  linkChars: number;
  sentence: boolean;
  /** The line ends on a colon: it leads in what follows ("Research out today from the institute:"). */
  leadIn?: boolean;
  /** The number the line opens on as its place in a list the writer numbered ("3. Blue floral wallpaper"). */
  ordinal?: number;
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

/**
 * True when the writer numbered the items in their text, counting by one ("1. …", "2. …"): a list of the post's own
 * (the products a shopping post names), where a menu or a teaser list carries no numbers in its lines.
 */
function isNumberedList(items: readonly LineLinks[]): boolean {
  return items.every((item, at) => {
    const previous = at === 0 ? undefined : items[at - 1]?.ordinal;
    return item.ordinal !== undefined && (previous === undefined || Math.abs(item.ordinal - previous) === 1);
  });
}

/**
 * Length of the run of link items (with their labels) at the start of `lines`, 0 below `MIN_RUN` items or when the
 * writer numbered them.
 */
function runLength(lines: readonly LineLinks[]): number {
  let length = 0;
  const items: LineLinks[] = [];
  for (const line of lines) {
    if (!isLinkItem(line) && !isLabel(line)) break;
    length++;
    if (isLinkItem(line)) items.push(line);
  }
  return items.length >= MIN_RUN && !isNumberedList(items) ? length : 0;
}

/**
 * The range `[start, end)` of lines to keep once a run of link items at either end of the article is cut: site menus
 * Readability kept above the post, "You might like" teaser lists below it. Link lists in the middle stay (round-up
 * posts are lists of links).
 */
export function trimLinkRuns(lines: readonly LineLinks[]): { start: number; end: number } {
  let start = runLength(lines);
  // A menu above the post may end on the post's own first line when it is short and leads in a quotation ("Interesting
  // research from the institute:" over the abstract): a line leading in prose is not the menu's.
  const last = lines[start - 1];
  if (last?.leadIn === true && !isLinkItem(last) && start < lines.length) start--;
  const end = lines.length - runLength([...lines.slice(start)].reverse());
  return { start, end: Math.max(start, end) };
}
