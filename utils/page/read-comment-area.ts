import type { Comment, CommentSection, ParseWarning } from '../model';
import { buildComments } from './build-comments';
import { isChromeLine } from './is-chrome-line';
import { isCommentDateLine } from './is-comment-date-line';
import { readCountLine } from './read-count-line';
import { segmentComments } from './segment-comments';
import { splitStampedAuthor } from './split-stamped-author';
import type { Line } from './split-lines';

/** A time stamp printed on the author's own line is strong evidence that the line is an author line (points). */
const STAMP_BONUS = 2;

/** The comment area read: its declared count and chrome, the comments, and what looked wrong. */
export interface CommentArea {
  section: CommentSection;
  comments: Comment[];
  warnings: ParseWarning[];
}

/**
 * Reads a comment area: the first numbered count line declares the count, furniture lines go to `chrome`, and the
 * remaining lines are segmented into comments (unless `segment` is false because the DOM already gave them).
 */
export function readCommentArea(lines: readonly Line[], segment = true): CommentArea {
  const section: CommentSection = { chrome: [] };
  const candidates: Line[] = [];
  const stamps: Line[] = [];
  for (const line of lines) {
    const count = readCountLine(line.text);
    const span = { text: line.text, start: line.start, end: line.end };
    if (count?.count !== undefined && section.declaredCount === undefined) {
      section.declaredCount = count.count;
      section.countLine = span;
    } else if (count || isChromeLine(line.text)) section.chrome.push(span);
    else if (isCommentDateLine(line.text)) stamps.push(line);
    else candidates.push(line);
  }
  if (!segment) return { section, comments: [], warnings: [] };

  // "Ann · 2 hours ago": score the name part, keep the whole line should it turn out to be text.
  const stamped = candidates.map(splitStampedAuthor);
  const names = candidates.map((line, i) => stamped[i]?.name ?? line);
  const extra = stamped.map((split) => (split ? STAMP_BONUS : 0));
  const { authors, orphans } = segmentComments(names, section.declaredCount, extra);
  const warnings: ParseWarning[] = [];
  const first = candidates[0];
  const lastOrphan = candidates[orphans - 1];
  if (orphans > 0 && first && lastOrphan) {
    warnings.push({
      code: 'orphan-text',
      message: `${orphans} line${orphans === 1 ? '' : 's'} in the comment area belong to no comment.`,
      span: { start: first.start, end: lastOrphan.end },
    });
  }
  const comments = buildComments(candidates, authors);
  comments.forEach((comment, k) => {
    const split = stamped[authors[k] ?? -1];
    if (!split) return;
    comment.author = { text: split.name.text, start: split.name.start, end: split.name.end };
    comment.date = { text: split.stamp.text, span: { start: split.stamp.start, end: split.stamp.end } };
  });
  if (attachDates(comments, stamps, section)) section.chrome.sort((a, b) => a.start - b.start);
  return { section, comments, warnings };
}

/**
 * Gives each comment the time stamp printed between its author line and its first paragraph. Both lists are in
 * page order, so one merge pass suffices; stamps found anywhere else are furniture (true when there were some).
 */
function attachDates(comments: Comment[], stamps: readonly Line[], section: CommentSection): boolean {
  let strays = false;
  let at = 0;
  for (const stamp of stamps) {
    while (at < comments.length && (comments[at]?.paragraphs[0]?.start ?? Infinity) < stamp.start) at++;
    const comment = comments[at];
    const span = { text: stamp.text, start: stamp.start, end: stamp.end };
    if (comment && !comment.date && comment.author.end <= stamp.start) {
      comment.date = { text: stamp.text, span: { start: stamp.start, end: stamp.end } };
    } else {
      section.chrome.push(span);
      strays = true;
    }
  }
  return strays;
}
