import type { Comment, CommentHint, Span, TextSpan } from '../model';
import { makeComment } from './build-comments';

/**
 * Builds comments from the DOM adapter's hints instead of segmenting text: the page's own markup is better evidence
 * than any line score. Hints whose spans fall outside the input or hold no text are skipped; parent links become
 * `dom` replies with full confidence.
 */
export function commentsFromHints(input: string, hints: readonly CommentHint[]): Comment[] {
  const idOfHint = new Map<number, string>();
  const comments: Comment[] = [];
  hints.forEach((hint, hintIndex) => {
    const author = spanText(input, hint.author);
    const paragraphs = hint.paragraphs.map((span) => spanText(input, span)).filter((p): p is TextSpan => !!p);
    if (!author || paragraphs.length === 0) return;
    const comment = makeComment(comments.length, author, paragraphs);
    if (hint.date) comment.date = hint.date;
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
