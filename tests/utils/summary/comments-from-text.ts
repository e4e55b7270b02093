import type { Comment } from '../../../utils/model';

/** A line this short without final punctuation is taken as an author name ("PTownsend", "finally rich"). */
const AUTHOR_MAX_WORDS = 2;
const FINAL_PUNCTUATION = /[.!?…"”')]$/;
const WORDS = /\S+/g;

/**
 * Test helper, not the segmenter: reads "author line, text lines, author line, …" after `startLine` into comments
 * with offsets into `text`. Good enough for the sample page's shape; finding comments for real is the page pass's job.
 */
export function commentsFromText(text: string, startLine: number): Comment[] {
  const comments: Comment[] = [];
  let at = 0;
  text.split('\n').forEach((line, lineIndex) => {
    const trimmed = line.trim();
    const start = at + line.indexOf(trimmed);
    at += line.length + 1;
    if (lineIndex < startLine || !trimmed) return;
    const span = { text: trimmed, start, end: start + trimmed.length };
    const last = comments[comments.length - 1];
    const isAuthor = (trimmed.match(WORDS)?.length ?? 0) <= AUTHOR_MAX_WORDS && !FINAL_PUNCTUATION.test(trimmed);
    if (isAuthor || !last) {
      const id = `c${comments.length + 1}`;
      comments.push({
        type: 'comment',
        id,
        index: comments.length,
        author: span,
        paragraphs: [],
        ...span,
        noise: { score: 0, reasons: [] },
      });
    } else {
      last.paragraphs.push(span);
      last.end = span.end;
      last.text = last.paragraphs.map((p) => p.text).join('\n');
    }
  });
  return comments.filter((comment) => comment.paragraphs.length > 0);
}
