import type { Comment, ReplyLink } from '../../../utils/model';
import { makeComment } from '../../../utils/page/build-comments';

/** One invented comment: author, text (paragraphs split on "\n"), and optionally a reply link. */
export interface CommentSpec {
  author: string;
  text: string;
  replyTo?: ReplyLink;
}

/**
 * Builds a `Comment[]` as the segmenter would, laid out as page text (author line, then text lines), so offsets are
 * real. Shared by the noise and threads tests and `scripts/eval/threads.ts`.
 */
export function makeComments(specs: readonly CommentSpec[]): Comment[] {
  let offset = 0;
  return specs.map((spec, index) => {
    const author = { text: spec.author, start: offset, end: offset + spec.author.length };
    offset = author.end + 1;
    const paragraphs = spec.text.split('\n').map((line) => {
      const span = { text: line, start: offset, end: offset + line.length };
      offset = span.end + 1;
      return span;
    });
    const comment = makeComment(index, author, paragraphs);
    return spec.replyTo ? { ...comment, replyTo: spec.replyTo } : comment;
  });
}

/** Comments by distinct authors, one per text. */
export function commentsFromTexts(texts: readonly string[]): Comment[] {
  return makeComments(texts.map((text, i) => ({ author: `reader${i + 1}`, text })));
}
