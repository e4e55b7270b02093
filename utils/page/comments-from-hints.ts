import type { Comment, CommentHint, MetaText, Span, TextSpan } from '../model';
import { makeComment } from './build-comments';
import { isCommentDateLine } from './is-comment-date-line';

/** Longest gap between a hint's author and its first paragraph searched for a time stamp (chars): a line or two. */
const MAX_STAMP_GAP = 120;
const LINE = /[^\n]+/g;

/**
 * Builds comments from the DOM adapter's hints instead of segmenting text: the page's own markup is better evidence
 * than any line score. Hints whose spans fall outside the input or hold no text are skipped; parent links become
 * `dom` replies with full confidence. A hint without a date takes the time stamp line printed between its author and
 * its text ("11.05.12 at 1:55 pm"), which would otherwise be in no comment, or the stamp line that opens the text
 * itself when the page prints it inside the comment's body.
 */
export function commentsFromHints(input: string, hints: readonly CommentHint[]): Comment[] {
  const idOfHint = new Map<number, string>();
  const comments: Comment[] = [];
  hints.forEach((hint, hintIndex) => {
    const author = spanText(input, hint.author);
    let paragraphs = hint.paragraphs.map((span) => spanText(input, span)).filter((p): p is TextSpan => !!p);
    if (!author || paragraphs.length === 0) return;
    let stamp = hint.date ?? stampBetween(input, author.end, paragraphs[0]?.start ?? author.end);
    if (!stamp) {
      const lead = leadingStamp(input, paragraphs);
      if (lead) ({ stamp, paragraphs } = lead);
    }
    const comment = makeComment(comments.length, author, paragraphs);
    if (stamp) comment.date = stamp;
    const parentId = hint.parentIndex === undefined ? undefined : idOfHint.get(hint.parentIndex);
    if (parentId) {
      comment.replyTo = { parentId, confidence: 1, evidence: 'dom', reason: 'nested under it on the page' };
    }
    idOfHint.set(hintIndex, comment.id);
    comments.push(comment);
  });
  return comments;
}

/** The trimmed text of a span, with offsets narrowed to the trimmed text; undefined when out of range or blank. */
function spanText(input: string, span: Span): TextSpan | undefined {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > input.length || end <= start) {
    return undefined;
  }
  const raw = input.slice(start, end);
  const text = raw.trim();
  if (!text) return undefined;
  const lead = raw.length - raw.trimStart().length;
  return { text, start: start + lead, end: start + lead + text.length };
}

/** A time stamp line as the comment's date, with its span. */
function stampOf(line: TextSpan): MetaText {
  return { text: line.text, span: { start: line.start, end: line.end } };
}

/** The time stamp line in the text between `start` and `end` (an author and its first paragraph), if there is one. */
function stampBetween(input: string, start: number, end: number): MetaText | undefined {
  if (end <= start || end - start > MAX_STAMP_GAP) return undefined;
  for (const match of input.slice(start, end).matchAll(LINE)) {
    const line = spanText(input, { start: start + match.index, end: start + match.index + match[0].length });
    if (line && isCommentDateLine(line.text)) return stampOf(line);
  }
  return undefined;
}

/**
 * A time stamp that is the first line of a comment's text (markup that puts "September 28, 2012 at 9:58 pm" inside
 * the comment body), split off with the paragraphs that remain; undefined when there is none or nothing would remain.
 */
function leadingStamp(input: string, paragraphs: TextSpan[]): { stamp: MetaText; paragraphs: TextSpan[] } | undefined {
  const [first, ...rest] = paragraphs;
  if (!first) return undefined;
  const lineEnd = first.text.indexOf('\n');
  const line = spanText(input, { start: first.start, end: lineEnd < 0 ? first.end : first.start + lineEnd });
  if (!line || !isCommentDateLine(line.text)) return undefined;
  const remainder = lineEnd < 0 ? undefined : spanText(input, { start: first.start + lineEnd, end: first.end });
  const kept = remainder ? [remainder, ...rest] : rest;
  if (kept.length === 0) return undefined;
  return { stamp: stampOf(line), paragraphs: kept };
}
