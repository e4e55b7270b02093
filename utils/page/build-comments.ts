import type { Comment, TextSpan } from '../model';
import type { Line } from './split-lines';
import { mapBlocksSteps, type Steps } from '../steps/steps';

/**
 * Turns chosen author lines into comments, each owning the text lines up to the next author, step by step (see
 * `Steps`): a step per block of comments built.
 */
export function* buildCommentsSteps(lines: readonly Line[], authors: readonly number[]): Steps<Comment[]> {
  return yield* mapBlocksSteps(authors, (at, index) => {
    const next = authors[index + 1] ?? lines.length;
    const author = lines[at];
    const paragraphs = lines.slice(at + 1, next).map(toSpan);
    return makeComment(index, author ? toSpan(author) : { text: '', start: 0, end: 0 }, paragraphs);
  });
}

/** A comment with the shared defaults: id `c<n>`, unscored noise, no reply link (later passes set those). */
export function makeComment(index: number, author: TextSpan, paragraphs: TextSpan[]): Comment {
  const last = paragraphs[paragraphs.length - 1];
  return {
    type: 'comment',
    id: `c${index + 1}`,
    index,
    author,
    paragraphs,
    start: author.start,
    end: last ? last.end : author.end,
    text: paragraphs.map((paragraph) => paragraph.text).join('\n'),
    noise: { score: 0, reasons: [] },
  };
}

function toSpan(line: Line): TextSpan {
  return { text: line.text, start: line.start, end: line.end };
}
