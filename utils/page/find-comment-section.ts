import type { TextSpan } from '../model';
import { countNames } from './count-names';
import { isChromeLine, isCommentChrome } from './is-chrome-line';
import { scoreAuthorLine } from './score-author-line';
import { readCountLine } from './read-count-line';
import type { Line } from './split-lines';
import { endsBlock, runSteps, type Steps } from '../steps/steps';

/** Where the comment area starts and what its first line declares. */
export interface CommentSectionStart {
  /** Index (into the lines given) of the first line of the comment area: a count line, heading or control. */
  index: number;
  declaredCount?: number;
  countLine?: TextSpan;
}

/**
 * A marker with the article under it is the header's comment link ("12 Comments" beside the byline, "Comments" in a
 * share bar), not the start of the comments: this many article paragraphs follow it in a row, right away or after
 * one line that cannot be a commenter's name (a caption, a standfirst). A comment area opens with a name first.
 */
const ARTICLE_RUN = 2;
/** A line this long (characters) ending like a sentence is an article paragraph, never a commenter's name line. */
const MIN_PARAGRAPH_CHARS = 100;
const SENTENCE_END = /[.!?"”’)]$/u;
/**
 * After a name-like lead line ("Save" in a share bar), a longer run: a first comment rarely has three long paragraphs.
 */
const LONG_ARTICLE_RUN = 3;
/** Lines looked at after a marker: one lead line and the longer run. */
const LOOKAHEAD = LONG_ARTICLE_RUN + 1;
/** No repeated names known: a lead line is judged on its own shape. */
const NO_NAMES = countNames([]);

const isParagraph = (text: string): boolean => text.length >= MIN_PARAGRAPH_CHARS && SENTENCE_END.test(text);

/** True when the lines after `index` (furniture skipped) show the article still to come. */
function articleFollows(lines: readonly Line[], index: number): boolean {
  const next: string[] = [];
  for (let i = index + 1; i < lines.length && next.length < LOOKAHEAD; i++) {
    const text = lines[i]?.text ?? '';
    if (text.length > 0 && !isChromeLine(text)) next.push(text);
  }
  const runFrom = (start: number, run: number): boolean =>
    next.slice(start, start + run).filter(isParagraph).length === run;
  if (runFrom(0, ARTICLE_RUN)) return true;
  const lead = next[0];
  if (lead === undefined) return false;
  return runFrom(1, scoreAuthorLine(lead, NO_NAMES) <= 0 ? ARTICLE_RUN : LONG_ARTICLE_RUN);
}

/**
 * Finds the first line that opens a comment area: a count line ("35 Comments"), a bare "Comments" heading, or a
 * comment-only control ("Login to comment"). Without one the page has no comment area: article paragraphs are never
 * guessed into comments. A marker with the article still to come under it (a count beside the byline) is skipped.
 */
export function findCommentSection(lines: readonly Line[], from = 0): CommentSectionStart | undefined {
  return runSteps(findCommentSectionSteps(lines, from));
}

/** `findCommentSection` step by step (see `Steps`): a step per block of lines looked at. */
export function* findCommentSectionSteps(lines: readonly Line[], from = 0): Steps<CommentSectionStart | undefined> {
  for (let i = from; i < lines.length; i++) {
    if (endsBlock(i - from)) yield;
    const line = lines[i];
    if (!line) continue;
    const count = readCountLine(line.text);
    if (!count && !isCommentChrome(line.text)) continue;
    if (articleFollows(lines, i)) continue;
    if (count?.count === undefined) return { index: i };
    return { index: i, declaredCount: count.count, countLine: { text: line.text, start: line.start, end: line.end } };
  }
  return undefined;
}
