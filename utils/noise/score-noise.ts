import { authorNameKey } from '../threads/author-key';
import type { Comment, NoiseReason, NoiseScore } from '../model';
import { combineWeights } from './combine-weights';
import { detectInsults } from './detect-insults';
import { detectLinkSpam } from './detect-link-spam';
import { detectRepeatedPunctuation } from './detect-repeated-punctuation';
import { detectShouting } from './detect-shouting';
import { detectVeryShort } from './detect-very-short';
import { findDuplicatesSteps } from './find-duplicates';
import { matchKeywords } from './match-keywords';
import { mapSteps, runSteps, type Steps } from '../steps/steps';

/** What the reader asked to hide, from the panel's settings. */
export interface NoiseOptions {
  /** Authors whose comments are always collapsed; matched case-insensitively against the whole author name. */
  mutedAuthors?: readonly string[];
  /** Words or phrases whose comments are always collapsed; whole words, case-insensitive. */
  keywords?: readonly string[];
}

/** A copy of an earlier comment adds nothing: close to the default threshold (0.5) on its own. */
const DUPLICATE_WEIGHT = 0.7;
/** The reader's own filters are certain: they alone reach a score of 1. */
const READER_FILTER_WEIGHT = 1;
/** Keywords quoted in the message (count). */
const MAX_QUOTED_KEYWORDS = 3;

/** Per-text detectors, in the order their reasons are listed. */
const TEXT_DETECTORS = [detectShouting, detectInsults, detectLinkSpam, detectRepeatedPunctuation, detectVeryShort];

/**
 * Scores every comment for noise (0–1) with human-readable reasons. Weights combine as independent cues,
 * 1 - Π(1 - w) (see `combineWeights`); the list gives context for duplicates. Linear in the total text length.
 */
export function scoreNoise(comments: readonly Comment[], options: NoiseOptions = {}): NoiseScore[] {
  return runSteps(scoreNoiseSteps(comments, options));
}

/** `scoreNoise` step by step (see `Steps`): one step per comment scored. */
export function* scoreNoiseSteps(comments: readonly Comment[], options: NoiseOptions = {}): Steps<NoiseScore[]> {
  const muted = new Set((options.mutedAuthors ?? []).map(authorNameKey).filter(Boolean));
  const keywords = options.keywords ?? [];
  const texts = comments.map((comment) => (typeof comment.text === 'string' ? comment.text : ''));
  const duplicates = yield* findDuplicatesSteps(texts);

  return yield* mapSteps(comments, (comment, i) => {
    const text = texts[i] ?? '';
    const reasons: NoiseReason[] = [];
    const author = comment.author?.text?.trim() ?? '';
    if (author && muted.has(authorNameKey(author))) {
      reasons.push({ code: 'muted-author', message: `muted author '${author}'`, weight: READER_FILTER_WEIGHT });
    }
    const hits = matchKeywords(text, keywords);
    if (hits.length > 0) {
      const quoted = hits
        .slice(0, MAX_QUOTED_KEYWORDS)
        .map((k) => `'${k.trim()}'`)
        .join(', ');
      reasons.push({ code: 'keyword', message: `matches ${quoted}`, weight: READER_FILTER_WEIGHT });
    }
    for (const detect of TEXT_DETECTORS) {
      const reason = detect(text);
      if (reason) reasons.push(reason);
    }
    const original = duplicates[i];
    if (original !== undefined) {
      // Readers see the message: name the earlier comment's author, not its internal id.
      const author = comments[original]?.author.text.trim();
      const message = author ? `same text as ${author}'s earlier comment` : 'same text as an earlier comment';
      reasons.push({ code: 'duplicate', message, weight: DUPLICATE_WEIGHT });
    }
    return { score: combineWeights(reasons.map((r) => r.weight)), reasons };
  });
}
