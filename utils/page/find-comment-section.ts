import type { TextSpan } from '../model';
import { isCommentChrome } from './is-chrome-line';
import { readCountLine } from './read-count-line';
import type { Line } from './split-lines';

/** Where the comment area starts and what its first line declares. */
export interface CommentSectionStart {
  /** Index (into the lines given) of the first line of the comment area: a count line, heading or control. */
  index: number;
  declaredCount?: number;
  countLine?: TextSpan;
}

/**
 * A marker followed by this many article paragraphs in a row is the header's comment link ("12 Comments" beside the
 * byline), not the start of the comments: a comment area opens with a name, a control or a short note first.
 */
const ARTICLE_RUN = 2;
/** A line this long (characters) ending like a sentence is an article paragraph, never a commenter's name line. */
const MIN_PARAGRAPH_CHARS = 100;
const SENTENCE_END = /[.!?"”’)]$/u;

const isParagraph = (text: string): boolean => text.length >= MIN_PARAGRAPH_CHARS && SENTENCE_END.test(text);

/** True when the lines right after `index` (furniture skipped) start with a run of article paragraphs. */
function articleFollows(lines: readonly Line[], index: number): boolean {
  let run = 0;
  for (let i = index + 1; i < lines.length && run < ARTICLE_RUN; i++) {
    const text = lines[i]?.text ?? '';
    if (text.length === 0 || isCommentChrome(text)) continue;
    if (!isParagraph(text)) return false;
    run++;
  }
  return run === ARTICLE_RUN;
}

/**
 * Finds the first line that opens a comment area: a count line ("35 Comments"), a bare "Comments" heading, or a
 * comment-only control ("Login to comment"). Without one the page has no comment area: article paragraphs are never
 * guessed into comments. A marker with the article still to come under it (a count beside the byline) is skipped.
 */
export function findCommentSection(lines: readonly Line[], from = 0): CommentSectionStart | undefined {
  for (let i = from; i < lines.length; i++) {
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
