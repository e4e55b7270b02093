import type { Comment, ReaderHighlight, TextSpan } from '../model';
import { contentWords } from '../text/content-words';
import { splitSentences } from '../text/split-sentences';
import { centroidSteps, cosine, termVectorsSteps } from '../text/term-vectors';
import { isCutSentence } from './is-cut-sentence';
import { selectDiverseSteps } from './select-diverse';
import { mapSteps, runSteps, type Steps } from '../steps/steps';

/** Comments whose noise score is at or above this are left out, the panel's default collapse threshold. */
export const HIGHLIGHT_NOISE_LIMIT = 0.5;
/** Fewest topic words for a comment to count as saying something ("lol", "Pot meets kettle!" do not). */
const MIN_COMMENT_CONTENT_WORDS = 4;
/** Fewest topic words for one of its sentences to stand as a highlight. */
const MIN_SENTENCE_CONTENT_WORDS = 4;
/** Highlights when there is a discussion: at least two points, at most four (a glance, not a digest). */
const MIN_HIGHLIGHTS = 2;
const MAX_HIGHLIGHTS = 4;
/** One highlight per this many usable comments, within the bounds above: bigger discussions show more points. */
const COMMENTS_PER_HIGHLIGHT = 6;
/** Topic words at which a sentence says a full point; shorter ones score in proportion (a bare question, a jab). */
const FULL_POINT_WORDS = 10;
/** MMR: similarity to a picked highlight costs this much; readers' points should differ from one another. */
const REDUNDANCY_WEIGHT = 0.7;
/** Cosine at which two comment sentences make the same point: the second is never picked. */
const DUPLICATE_SIMILARITY = 0.5;
/** A sentence opening with a quote mark is usually a reader quoting the article or someone else, not a point. */
const QUOTED_OPENING = /^["“'‘»«]/;

interface Unit extends TextSpan {
  commentId: string;
  words: string[];
}

/**
 * "What readers say": 2–4 comment sentences that together cover the discussion's main points. Noisy comments
 * (noise ≥ HIGHLIGHT_NOISE_LIMIT) and contentless one-liners are left out; each remaining sentence is scored by its
 * centrality among all comment sentences, then picked by MMR with at most one sentence per comment. Returned in page
 * order, each linked to its comment, with offsets of the sentence in the input. [] when there is nothing to say.
 */
export function selectReaderHighlights(comments: readonly Comment[]): ReaderHighlight[] {
  return runSteps(selectReaderHighlightsSteps(comments));
}

/** `selectReaderHighlights` step by step (see `Steps`): one step per comment read, then one for the choice. */
export function* selectReaderHighlightsSteps(comments: readonly Comment[]): Steps<ReaderHighlight[]> {
  const usable: Comment[] = [];
  const units: Unit[] = [];
  for (const comment of comments) {
    yield;
    if (!(comment.noise.score < HIGHLIGHT_NOISE_LIMIT)) continue;
    const sentences = commentSentences(comment);
    // Sentences split only at white space, so their words together are the comment's words.
    const words = sentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
    if (words < MIN_COMMENT_CONTENT_WORDS) continue;
    usable.push(comment);
    for (const unit of sentences) {
      if (unit.words.length < MIN_SENTENCE_CONTENT_WORDS) continue;
      if (!QUOTED_OPENING.test(unit.text) && !isCutSentence(unit.text)) units.push(unit);
    }
  }
  if (units.length === 0) return [];
  const vectors = yield* termVectorsSteps(units.map((unit) => unit.words));
  const discussion = yield* centroidSteps(vectors);
  yield;
  const candidates = yield* mapSteps(units, (unit, i) => ({
    score: cosine(vectors[i]!, discussion) * Math.min(1, unit.words.length / FULL_POINT_WORDS),
    vector: vectors[i]!,
    group: unit.commentId,
  }));
  const wanted = Math.min(MAX_HIGHLIGHTS, Math.max(MIN_HIGHLIGHTS, Math.ceil(usable.length / COMMENTS_PER_HIGHLIGHT)));
  const picked = yield* selectDiverseSteps(candidates, wanted, {
    redundancyWeight: REDUNDANCY_WEIGHT,
    duplicateSimilarity: DUPLICATE_SIMILARITY,
  });
  return picked
    .sort((a, b) => a - b)
    .map((i) => {
      const { text, start, end, commentId } = units[i]!;
      return { text, start, end, commentId, score: Math.round(candidates[i]!.score * 1000) / 1000 };
    });
}

/** Every sentence of the comment with its content words, before any filtering. */
function commentSentences(comment: Comment): Unit[] {
  const out: Unit[] = [];
  for (const paragraph of comment.paragraphs) {
    for (const sentence of splitSentences(paragraph.text, paragraph.start)) {
      out.push({ ...sentence, commentId: comment.id, words: contentWords(sentence.text) });
    }
  }
  return out;
}
