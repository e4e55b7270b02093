import { textBlocks } from './is-text-block';
import { ownRuns } from './own-runs';
import { textOf } from './text-of';

const SPACE_RUNS = /\s+/g;

const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FIGURE']);
/** A results box shows a race or two (title, a row per candidate or party, a status line): more text is a story. */
const MAX_BOX_CHARS = 1500;
/** Markup indents a box's text: its raw text may run this many times longer before the box is too long to ask. */
const RAW_SLACK = 4;
/** A results box lists at least two candidates, parties or sides, each row with its count. */
const MIN_COUNTED_ROWS = 2;
/** The rows a results box lays its counts out in: table rows, list items, or a summary's values. */
const ROWS = 'tr, li, dd';
/** A share ("54.9%", "61 percent") or a vote count grouped by thousands ("612,408", Indian "1,24,336"). */
const SHARE_OR_VOTES = /\d\s?(?:%|percent\b|per cent\b)|\d,\d{2,3}\b/i;
const NUMBERS = /\d+(?:[.,]\d+)*/g;
/** A clock time or a year: a row holding one is a date line (a byline's "Updated 00:41, 3 Sep 2019"), not a count. */
const TIME_OR_YEAR = /\d[:.]\d\d\b|\b(?:19|20)\d\d\b/;

/**
 * True when a row gives a count: a share or a grouped vote count, or two figures or more side by side as a seat
 * tally prints them ("LJM+ 112 6 118": won, leading, total) that are no date or time.
 */
function isCountedRow(text: string): boolean {
  if (TIME_OR_YEAR.test(text)) return false;
  return SHARE_OR_VOTES.test(text) || (text.match(NUMBERS)?.length ?? 0) >= 2;
}

/**
 * The status a live results feed prints on its box, saying where the count stands or when the box last refreshed, as
 * election-night widgets (the AP's, a broadcaster's, a results vendor's) show it: "87% of expected vote counted", "64%
 * of precincts reporting", "Last updated: 10:58 pm", "Updated 12:41 AM CST", "AP race call at 9:52 PM", "Race called",
 * "180/180 seats", "CON GAIN FROM LAB" or "LAB HOLD" (the British declaration badge, party abbreviations in capitals).
 * A static table the story prints ("All 14 precincts reporting" under it, as its source line) says none of these.
 */
const LIVE_STATUS = [
  /\d\s?% (?:of (?:the )?)?(?:expected vote|estimated vote|precincts|votes? (?:counted|in|reporting))/i,
  /\blast updated\b|\bupdated:? (?:at )?\d{1,2}[:.]\d{2}\b/i,
  /\brace call(?:ed)?\b/i,
  /\b\d{1,4} ?\/ ?\d{1,4} seats\b/i,
  // Not after a capital (a longer word), but maybe straight after the seat's name where no space parts the tags.
  /(?<![A-Z])[A-Z]{2,6} (?:GAIN FROM [A-Z]{2,6}(?![a-z])|HOLD(?![A-Za-z]))/,
];

/** A sentence ends the line (maybe inside a closing quote). */
const SENTENCE_END = /[.!?。！？]["”’)]?$/;
/** A sentence of prose is at least this long (characters): a results row or a label is shorter or ends on no stop. */
const MIN_SENTENCE_CHARS = 40;
/** The box's credit to its feed ("Source: AP", "Source: Harlan County Elections Administration. …") is no prose. */
const SOURCE_LINE = /^(?:source|sources|data|results)\s*:/i;
/**
 * A feed's status line is short ("100% of precincts reporting · Last updated Nov. 4, 2026, 1:48 a.m."): a longer line
 * naming the count is the story's sentence about it ("With 60% of the expected vote counted, Ann Lee leads …").
 */
const MAX_STATUS_CHARS = 80;
/** Blocks a story set with `<br>` holds its runs in (a saved page's paragraphs may be runs, not `<p>`s). */
const RUN_HOLDERS = 'div, td, section, article, blockquote';

/** True when `text` reads as a sentence of the story, not a row, a label, a status or a credit line. */
const isProseLine = (text: string): boolean =>
  text.length >= MIN_SENTENCE_CHARS &&
  SENTENCE_END.test(text) &&
  !SOURCE_LINE.test(text) &&
  !(text.length <= MAX_STATUS_CHARS && LIVE_STATUS.some((pattern) => pattern.test(text)));

/**
 * True when the box holds a sentence of prose: a text block, or a run set with `<br>` straight in the box or a block
 * of it. A story whose paragraphs are runs beside a results box is no box itself.
 */
function holdsSentence(element: Element): boolean {
  if (textBlocks(element).some((block) => isProseLine(textOf(block)))) return true;
  return [element, ...element.querySelectorAll(RUN_HOLDERS)].some((holder) => ownRuns(holder).runs.some(isProseLine));
}

/** A row's text, a table row's cells apart (saved pages often set them with no space between the tags). */
const rowText = (row: Element): string =>
  row.tagName.toUpperCase() === 'TR'
    ? [...row.children].map((cell) => cell.textContent ?? '').join(' ')
    : (row.textContent ?? '');

/**
 * True for a live election-results box set among a story's paragraphs: a short box of rows (a candidate or party per
 * table row, list item or summary value) each with its count, which states where the count stands or when it last
 * refreshed (`LIVE_STATUS`), and holds no sentence of prose. It shows the feed when the page was saved, not what the
 * story says, and read as text it leaves a line of names and numbers per candidate in the body. A table of results
 * the story prints for itself carries no live status and stays; so does a live blog's post, whose update is written
 * as sentences.
 */
export function isResultsBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  // Every block in the story is asked: a long one is turned away before its text is read on one line.
  const raw = element.textContent ?? '';
  if (raw.length > MAX_BOX_CHARS * RAW_SLACK) return false;
  const text = raw.replace(SPACE_RUNS, ' ').trim();
  if (text.length > MAX_BOX_CHARS || !LIVE_STATUS.some((pattern) => pattern.test(text))) return false;
  let counted = 0;
  for (const row of element.querySelectorAll(ROWS)) if (isCountedRow(rowText(row))) counted += 1;
  return counted >= MIN_COUNTED_ROWS && !holdsSentence(element);
}
