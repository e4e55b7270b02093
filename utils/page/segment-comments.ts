import { countNames } from './count-names';
import { scoreAuthorLine } from './score-author-line';
import type { Line } from './split-lines';
import { mapBlocksSteps, runSteps, type Steps } from '../steps/steps';

/** Which lines start comments, and how many lines before the first author belong to none. */
export interface CommentSegmentation {
  /** Indexes of author lines, ascending; each is followed by at least one text line of its comment. */
  authors: number[];
  /** Lines before the first author: text that cannot belong to any comment. */
  orphans: number;
}

/**
 * The most a declared count may bend the evidence, in score points per comment. Up to this, a weak name becomes
 * an author (or a weak author becomes text) to meet "35 Comments"; past it the page is trusted to be wrong or
 * paginated, and the caller warns about the mismatch.
 */
const MAX_COUNT_PULL = 4;
/** Bisection steps over the pull; 30 halvings of 8 points is far below any score difference. */
const SEARCH_STEPS = 30;

// Viterbi states: before the first author, author line, comment text line.
const ORPHAN = 0;
const AUTHOR = 1;
const TEXT = 2;

/**
 * Chooses the author lines of a comment area globally. Every line is labelled orphan, author or text under hard
 * rules (orphans only before the first author; an author is followed by a text line; the area cannot end on an
 * author) to maximise the summed author scores. A declared count is a soft constraint: a per-author bias,
 * bisected within ±MAX_COUNT_PULL, moves the count towards it. Each pass is linear in lines, with a lookback of one.
 * `extra` adds outside evidence per line (a time stamp printed beside a name).
 */
export function segmentComments(
  lines: readonly Line[],
  declaredCount?: number,
  extra: readonly number[] = [],
): CommentSegmentation {
  return runSteps(segmentCommentsSteps(lines, declaredCount, extra));
}

/**
 * `segmentComments` step by step (see `Steps`): the scores a block of lines per step, then a step per labelling pass
 * (each is linear in lines). The name counts stay one step: they are one cheap pass of Map updates.
 */
export function* segmentCommentsSteps(
  lines: readonly Line[],
  declaredCount?: number,
  extra: readonly number[] = [],
): Steps<CommentSegmentation> {
  const texts = lines.map((line) => line.text);
  const names = countNames(texts);
  yield;
  const scores = yield* mapBlocksSteps(texts, (text, i) => scoreAuthorLine(text, names) + (extra[i] ?? 0));
  let best = label(scores, 0);
  if (declaredCount === undefined || best.authors.length === declaredCount) return best;
  yield;

  // Fewer authors than declared: lower the bar (negative bias); more: raise it. Count falls as bias rises.
  const direction = best.authors.length < declaredCount ? -1 : 1;
  let near = 0;
  let far = direction * MAX_COUNT_PULL;
  const farResult = label(scores, far);
  if (distance(farResult, declaredCount) < distance(best, declaredCount)) best = farResult;
  if (!overshoots(farResult, declaredCount, direction)) return best;
  for (let step = 0; step < SEARCH_STEPS; step++) {
    yield;
    const middle = (near + far) / 2;
    const result = label(scores, middle);
    if (distance(result, declaredCount) < distance(best, declaredCount)) best = result;
    if (result.authors.length === declaredCount) return result;
    if (overshoots(result, declaredCount, direction)) far = middle;
    else near = middle;
  }
  return best;
}

function distance(result: CommentSegmentation, declaredCount: number): number {
  return Math.abs(result.authors.length - declaredCount);
}

/** True when the bias went past the declared count (or exactly to it). */
function overshoots(result: CommentSegmentation, declaredCount: number, direction: number): boolean {
  return direction < 0 ? result.authors.length >= declaredCount : result.authors.length <= declaredCount;
}

/** One Viterbi pass with `bias` subtracted from every author score. */
function label(scores: readonly number[], bias: number): CommentSegmentation {
  const n = scores.length;
  const from = [new Int8Array(n), new Int8Array(n), new Int8Array(n)];
  // An all-orphan prefix scores 0 however long it is: orphan lines are neither rewarded nor punished.
  const orphan = 0;
  let author = -Infinity;
  let text = -Infinity;
  for (let i = 0; i < n; i++) {
    const gain = (scores[i] ?? -Infinity) - bias;
    const authorFromText = text > orphan;
    const nextAuthor = (authorFromText ? text : orphan) + gain;
    const textFromText = text >= author;
    const nextText = textFromText ? text : author;
    from[AUTHOR]![i] = authorFromText ? TEXT : ORPHAN;
    from[TEXT]![i] = textFromText ? TEXT : AUTHOR;
    from[ORPHAN]![i] = ORPHAN;
    author = nextAuthor;
    text = nextText;
  }
  if (n === 0) return { authors: [], orphans: 0 };
  let state = text > orphan ? TEXT : ORPHAN;
  const authors: number[] = [];
  let orphans = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (state === AUTHOR) authors.push(i);
    if (state === ORPHAN) orphans++;
    state = from[state]![i]!;
  }
  return { authors: authors.reverse(), orphans };
}
