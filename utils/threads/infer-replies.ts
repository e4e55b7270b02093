import type { Comment, ReplyLink } from '../model';
import { extractTerms } from './extract-terms';
import { findAddressed } from './find-addressed';
import { findAnswer } from './find-answer';
import { findQuotesSteps } from './find-quotes';
import { findTopicReply } from './find-topic-reply';
import type { ReplyCandidate } from './reply-candidate';
import { scoreOverlapsSteps } from './score-overlaps';
import { weighTerms } from './weigh-terms';
import { authorKey } from './author-key';
import { mapSteps, runSteps, type Steps } from '../steps/steps';

/** What the caller knows beyond the comments. */
export interface InferRepliesOptions {
  /** The article's text: quotes of it are not replies, and its words are the page's topic, not reply evidence. */
  article?: string;
}

/**
 * Below this confidence (0–1) no link is made and the comment stays top level: a wrong thread misleads more than a
 * missing one, and a single weak cue (a short comment after a question, one shared word) stays under it.
 */
export const REPLY_THRESHOLD = 0.5;
/** Decimal places kept in a confidence. */
const CONFIDENCE_DECIMALS = 2;

/**
 * Infers, for each comment, the earlier comment it answers, or undefined when the evidence is weak. Evidence:
 * an addressed author name, a quote of an earlier comment, an answer right after a question, and distinctive words
 * shared with an earlier comment (IDF-weighted, article words discounted). Pieces pointing at the same parent
 * combine as independent cues (1 - Π(1 - c)); the best parent at or above `REPLY_THRESHOLD` wins. Links the page's
 * own nesting gave (`evidence: 'dom'`) are kept as they are. Each comment looks back at most `LOOKBACK_COMMENTS`
 * (names excepted), through inverted indexes: linear in the comment count.
 */
export function inferReplies(
  comments: readonly Comment[],
  options: InferRepliesOptions = {},
): (ReplyLink | undefined)[] {
  return runSteps(inferRepliesSteps(comments, options));
}

/** `inferReplies` step by step (see `Steps`): a step per comment in each pass over them. */
export function* inferRepliesSteps(
  comments: readonly Comment[],
  options: InferRepliesOptions = {},
): Steps<(ReplyLink | undefined)[]> {
  const authors = comments.map(authorKey);
  const texts = comments.map((c) => c.text);
  const termLists = yield* mapSteps(texts, (text) => extractTerms(text));
  const weights = weighTerms(termLists, new Set(extractTerms(options.article ?? '')));
  yield;
  const overlaps = yield* scoreOverlapsSteps(termLists, authors, weights);
  const quotes = yield* findQuotesSteps(comments, options.article);
  const masses = termLists.map((terms) => terms.reduce((sum, term) => sum + weights.weightOf(term), 0));
  const authorIndex = new Map<string, number[]>();

  return yield* mapSteps(comments, (comment, i) => {
    const overlap = overlaps[i] ?? [];
    const pieces = [
      findAddressed(comments, i, authorIndex, overlap, authors),
      quotes[i],
      findAnswer(comments, i),
      findTopicReply(i, overlap, masses, texts, weights),
    ].filter((piece): piece is ReplyCandidate => piece !== undefined && piece.parent < i);
    const earlier = authorIndex.get(authors[i] ?? '');
    if (earlier) earlier.push(i);
    else authorIndex.set(authors[i] ?? '', [i]);

    if (comment.replyTo?.evidence === 'dom') return comment.replyTo;
    return bestLink(comments, pieces);
  });
}

/** Combines the pieces per parent and returns the most confident link, if it reaches the threshold. */
function bestLink(comments: readonly Comment[], pieces: readonly ReplyCandidate[]): ReplyLink | undefined {
  const byParent = new Map<number, ReplyCandidate[]>();
  for (const piece of pieces) byParent.set(piece.parent, [...(byParent.get(piece.parent) ?? []), piece]);
  let best: ReplyLink | undefined;
  for (const [parent, group] of byParent) {
    const confidence = 1 - group.reduce((keep, piece) => keep * (1 - piece.confidence), 1);
    const parentId = comments[parent]?.id;
    if (parentId === undefined || confidence < REPLY_THRESHOLD || (best && confidence <= best.confidence)) continue;
    const ranked = [...group].sort((a, b) => b.confidence - a.confidence);
    const lead = ranked[0];
    if (!lead) continue;
    const factor = 10 ** CONFIDENCE_DECIMALS;
    best = {
      parentId,
      confidence: Math.round(confidence * factor) / factor,
      evidence: lead.evidence,
      reason: ranked.map((piece) => piece.reason).join('; '),
    };
  }
  return best;
}
