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
 * Finds the first line that opens a comment area: a count line ("35 Comments"), a bare "Comments" heading, or a
 * comment-only control ("Login to comment"). Without one the page has no comment area: article paragraphs are never
 * guessed into comments.
 */
export function findCommentSection(lines: readonly Line[], from = 0): CommentSectionStart | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const count = readCountLine(line.text);
    if (count) {
      if (count.count === undefined) return { index: i };
      return { index: i, declaredCount: count.count, countLine: { text: line.text, start: line.start, end: line.end } };
    }
    if (isCommentChrome(line.text)) return { index: i };
  }
  return undefined;
}
