import type { CommentHint } from '../model';
import { appendBlocks } from './append-blocks';
import type { FoundComments } from './comments/found-comment';
import { isCommentBadge } from './comments/is-comment-badge';
import { isModerationNote } from './comments/is-moderation-note';
import { isVoteActionRow } from './comments/is-vote-action-row';
import { authorNameSpan } from './comments/author-name-span';
import { isMobileSignature } from './boilerplate/email-lines';
import { isBoilerplateLine } from './is-boilerplate-line';
import { isCommentChromeLine } from './is-comment-chrome-line';
import type { TextBuilder } from './text-builder';
import { toIsoDate } from './to-iso-date';
import type { Steps } from '../steps/steps';

/** Author shown when a comment has no name (anonymous posting): the parser needs an author line. */
const ANONYMOUS = 'Anonymous';
/**
 * A comment needs a letter or digit: only punctuation or an emoji link is a shell ("ok" is a comment, noise decides).
 */
const MIN_COMMENT_WORD_CHARS = 1;
const WORD_CHARS = /[\p{L}\p{N}]/gu;

/**
 * Body lines kept: not furniture (nor the note over a comment awaiting moderation, a vote count glued to the action
 * buttons or a badge beside the name), and holding some words. A mail client's signature ("Sent from my mobile") is
 * the commenter's own line, though a post's is furniture.
 */
const isCommentLine = (line: string): boolean =>
  isMobileSignature(line) ||
  (!isCommentChromeLine(line) &&
    !isBoilerplateLine(line) &&
    !isModerationNote(line) &&
    !isVoteActionRow(line) &&
    !isCommentBadge(line));
const wordChars = (lines: readonly string[]): number =>
  lines.reduce((sum, line) => sum + (line.match(WORD_CHARS)?.length ?? 0), 0);

/**
 * Writes found comments as text lines (author, date when shown, then one line per paragraph) and returns the hints
 * that tell the parser where each part is, so it does not segment the region again. Step by step (see `Steps`): one
 * step per comment.
 */
export function* writeCommentsSteps(builder: TextBuilder, found: FoundComments): Steps<CommentHint[]> {
  const commentElements = new Set(found.comments.map((comment) => comment.element));
  const hints: CommentHint[] = [];
  // Found-comment index → hint index: a comment that yields no text is left out, and its replies lose their parent.
  const hintOf = new Map<number, number>();
  for (const [foundIndex, comment] of found.comments.entries()) {
    yield;
    // Author and date are written on their own lines; replies nested inside this comment are written as their own.
    const skip = (element: Element): boolean =>
      element === comment.author ||
      element === comment.date ||
      (element !== comment.element && commentElements.has(element));

    const mark = builder.length;
    const authorLines = comment.author ? appendBlocks(builder, comment.author) : [];
    // A name printed after credit words ("posted by Ann") or before Drupal's "(not verified)" is the name alone.
    let author =
      authorLines.length === 1 && authorLines[0] ? authorNameSpan(authorLines[0], builder.lastLine) : authorLines[0];
    if (!author) {
      builder.appendText(comment.authorName?.trim() || ANONYMOUS);
      author = builder.endLine();
    }
    const dateLine = comment.date ? appendBlocks(builder, comment.date)[0] : undefined;
    const dateText = dateLine ? builder.lastLine : undefined;
    const iso = toIsoDate(comment.dateTime) ?? toIsoDate(dateText);
    const texts: string[] = [];
    const keep = (line: string): boolean => isCommentLine(line) && texts.push(line) > 0;
    const paragraphs = comment.body.flatMap((part) => appendBlocks(builder, part, { skip, keep }));
    if (!author || paragraphs.length === 0 || wordChars(texts) < MIN_COMMENT_WORD_CHARS) {
      // Not a comment after all (a shell, a prompt): its author and date lines go too.
      builder.rollback(mark);
      continue;
    }
    const parentIndex = comment.parentIndex === undefined ? undefined : hintOf.get(comment.parentIndex);
    hintOf.set(foundIndex, hints.length);
    hints.push({
      author,
      paragraphs,
      ...(dateLine && dateText && iso ? { date: { text: dateText, iso, span: dateLine } } : {}),
      ...(parentIndex === undefined ? {} : { parentIndex }),
    });
  }
  return hints;
}
