import { appendBlocks } from '../append-blocks';
import { isCommentChromeLine } from '../is-comment-chrome-line';
import type { Span } from '../../model';
import type { TextBuilder } from '../text-builder';

const keepCommentLine = (line: string): boolean => !isCommentChromeLine(line);

/**
 * Appends a comment region without per-comment markup as plain lines for the parser, its furniture (counters,
 * sign-in and sorting controls, "Flag"/"Like" buttons, paging) left out: those lines are never anyone's comment.
 */
export function appendCommentRegion(builder: TextBuilder, region: Element): Span[] {
  return appendBlocks(builder, region, { keep: keepCommentLine });
}
