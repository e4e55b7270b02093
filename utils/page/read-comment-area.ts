import type { Comment, CommentSection, ParseWarning, TextSpan } from '../model';
import { buildCommentsSteps, makeComment } from './build-comments';
import { isChromeLine } from './is-chrome-line';
import { isCommentDateLine } from './is-comment-date-line';
import { readCountLine } from './read-count-line';
import { segmentCommentsSteps } from './segment-comments';
import { splitStampedAuthor, type StampedAuthor } from './split-stamped-author';
import type { Line } from './split-lines';
import { endsBlock, mapBlocksSteps, runSteps, type Steps } from '../steps/steps';

/** A time stamp printed on the author's own line is strong evidence that the line is an author line (points). */
const STAMP_BONUS = 2;
/** Words an all-caps line needs to read as shouting rather than a label ("NEWS"). */
const SHOUT_WORDS = 2;
/** Letters a line in a script without case (CJK, Arabic) needs to read as a remark. */
const CASELESS_REMARK_CHARS = 4;
const SENTENCE_END = /[\p{L}\p{N}][.!?…]+["”’)]*$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*/gu;
const LOWER_START = /^\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;
// Words title case leaves lowercase ("Editing by Paul Wren", "Tide Tables for March"): only another lowercase word
// shows prose.
const TITLE_SMALL_WORDS = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via vs from into onto over with de la van von'.split(
    ' ',
  ),
);
const CASED = /[\p{Lu}\p{Ll}]/u;
// Copyright and rights lines close a page; they end like sentences but nobody remarks them.
const FOOTER = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/iu;

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
  return runSteps(readCommentAreaSteps(lines, segment));
}

/** `readCommentArea` step by step (see `Steps`): a step per block of lines or comments in each pass over them. */
export function* readCommentAreaSteps(lines: readonly Line[], segment = true): Steps<CommentArea> {
  const section: CommentSection = { chrome: [] };
  const candidates: Line[] = [];
  const stamps: Line[] = [];
  for (const [i, line] of lines.entries()) {
    if (endsBlock(i)) yield;
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

  // "Ann · 2 hours ago", "Ann 5 pts": score the name part, keep the whole line should it turn out to be text.
  const stamped = yield* mapBlocksSteps(candidates, splitStampedAuthor);
  // Lines above the first signed text that read as no remark ("Reader Comments (2)") are the heading's furniture.
  let lead = 0;
  while (lead < candidates.length && !stamped[lead] && !isRemark(candidates[lead]?.text ?? '')) lead++;
  const signed = readSigned(candidates.slice(lead), stamped.slice(lead));
  if (signed) {
    section.chrome.push(...stamps.map(toSpan), ...candidates.slice(0, lead).map(toSpan));
    section.chrome.sort((a, b) => a.start - b.start);
    return { section, comments: signed, warnings: [] };
  }
  const names = candidates.map((line, i) => stamped[i]?.name ?? line);
  const extra = stamped.map((split) => (split ? STAMP_BONUS : 0));
  const { authors, orphans } = yield* segmentCommentsSteps(names, section.declaredCount, extra);
  const built = yield* buildCommentsSteps(candidates, authors);
  const [first, last] = remarkRange(yield* mapBlocksSteps(built, hasRemark));
  const comments = built.slice(first, last + 1);
  const dropped = [...built.slice(0, first), ...built.slice(last + 1)];
  for (const comment of dropped) section.chrome.push(comment.author, ...comment.paragraphs);
  // No comment passed: the furniture after the heading (share rows, link lists, footer) is chrome, not article text.
  // Prose-like orphans stay out of it: they may be comments in a shape not read here, and the warning counts them.
  let unread = candidates.slice(0, orphans);
  if (comments.length === 0) {
    section.chrome.push(...unread.filter((line) => !isRemark(line.text)).map(toSpan));
    unread = unread.filter((line) => isRemark(line.text));
  }
  const warnings: ParseWarning[] = [];
  const firstUnread = unread[0];
  const lastUnread = unread[unread.length - 1];
  if (firstUnread && lastUnread) {
    const n = unread.length;
    warnings.push({
      code: 'orphan-text',
      message: `${n} line${n === 1 ? '' : 's'} in the comment area belong to no comment.`,
      span: { start: firstUnread.start, end: lastUnread.end },
    });
  }
  if (dropped.length > 0 || comments.length === 0) section.chrome.sort((a, b) => a.start - b.start);
  comments.forEach((comment, k) => {
    const split = stamped[authors[first + k] ?? -1];
    if (!split) return;
    comment.author = { text: split.name.text, start: split.name.start, end: split.name.end };
    if (split.stamp)
      comment.date = { text: split.stamp.text, span: { start: split.stamp.start, end: split.stamp.end } };
  });
  if (attachDates(comments, stamps, section)) section.chrome.sort((a, b) => a.start - b.start);
  return {
    section,
    comments: comments.map((comment, index) => ({ ...comment, id: `c${index + 1}`, index })),
    warnings,
  };
}

/** True when a line reads like a reader's remark, not a link title, share label, credit or footer. */
function isRemark(text: string): boolean {
  if (isChromeLine(text) || FOOTER.test(text)) return false;
  if (SENTENCE_END.test(text)) return true;
  if (!CASED.test(text)) return text.length >= CASELESS_REMARK_CHARS;
  const words = text.match(WORD) ?? [];
  if (!HAS_LOWER.test(text)) return words.length >= SHOUT_WORDS;
  return words.some((word) => LOWER_START.test(word) && !TITLE_SMALL_WORDS.has(word));
}

const hasRemark = (comment: Comment): boolean => comment.paragraphs.some((p) => isRemark(p.text));

/**
 * The comments to keep, as an index range: from the first to the last one with a remark in its text (`passes`, one
 * per comment; empty when none has one). The runs before and after are furniture the segmentation took for names and
 * text ("Most Read" over link titles); a short reply between two remarks ("lol") stays, since the thread is shown to
 * be real around it.
 */
function remarkRange(passes: readonly boolean[]): [number, number] {
  const first = passes.indexOf(true);
  return first < 0 ? [passes.length, passes.length - 1] : [first, passes.lastIndexOf(true)];
}

/**
 * Comments signed under their text ("October 15, 2012 | Danae" after each one): read when the area ends on such a
 * signature and every signature has text above it; each signature closes the lines since the one before.
 */
function readSigned(lines: readonly Line[], splits: readonly (StampedAuthor | undefined)[]): Comment[] | undefined {
  if (!splits[splits.length - 1]?.stampFirst) return undefined;
  const comments: Comment[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const split = splits[i];
    const line = lines[i];
    if (!split?.stampFirst || !split.stamp || !line) continue;
    if (i === from) return undefined;
    const comment = makeComment(comments.length, toSpan(split.name), lines.slice(from, i).map(toSpan));
    comment.date = { text: split.stamp.text, span: { start: split.stamp.start, end: split.stamp.end } };
    comment.start = lines[from]?.start ?? line.start;
    comment.end = line.end;
    comments.push(comment);
    from = i + 1;
  }
  return comments;
}

function toSpan(line: Line): TextSpan {
  return { text: line.text, start: line.start, end: line.end };
}

/**
 * Gives each comment the time stamp printed between its author line and its first paragraph, or between its
 * paragraphs. Both lists are in page order, so one merge pass suffices; stamps found anywhere else are furniture
 * (true when there were some).
 */
function attachDates(comments: Comment[], stamps: readonly Line[], section: CommentSection): boolean {
  let strays = false;
  let at = 0;
  for (const stamp of stamps) {
    while (at < comments.length && (comments[at]?.paragraphs[0]?.start ?? Infinity) < stamp.start) at++;
    const next = comments[at];
    const inside = comments[at - 1];
    const span = { text: stamp.text, start: stamp.start, end: stamp.end };
    // Before the next comment's first paragraph, or between the paragraphs of the one it falls inside ("Ann", "12
    // Fans", "2 hours ago", text): either way the comment's own stamp, if it has none yet.
    const comment =
      next && !next.date && next.author.end <= stamp.start
        ? next
        : inside && !inside.date && stamp.end <= inside.end
          ? inside
          : undefined;
    if (comment) {
      comment.date = { text: stamp.text, span: { start: stamp.start, end: stamp.end } };
    } else {
      section.chrome.push(span);
      strays = true;
    }
  }
  return strays;
}
