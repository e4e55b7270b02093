import { findEchoedPhrase } from './find-echoed-phrase';
import type { ReplyCandidate } from './reply-candidate';
import type { Overlap } from './score-overlaps';
import type { TermWeights } from './weigh-terms';

/**
 * A long reply that takes up several of an earlier comment's rare words, two of them as a phrase, answers it point by
 * point. At least this many rare-term equivalents (a word found in just those two comments counts 1) are needed.
 */
const REBUTTAL_MIN_RARE = 2;
/** Shared terms weighing at least this share (0–1) of a rare term's weight can form the echoed phrase. */
const PHRASE_TERM_SHARE = 0.75;
/** Confidence of a point-by-point rebuttal at the minimum, and what each further rare term adds. */
const REBUTTAL_BASE = 0.3;
const REBUTTAL_PER_RARE = 0.15;
/** Shared words alone are never certain: topic evidence stays below a marked quote or an @name. */
const TOPIC_MAX = 0.8;
/**
 * A reply that mostly talks about what one earlier comment talks about ("Stalin was US ally" after a comment about
 * Stalin) echoes it. Measured as the cosine of the two comments' IDF-weighted term sets: at this cosine (0–1) the
 * echo alone is certain; half of it (one rare word making up much of both comments) reaches the link threshold.
 */
const ECHO_FULL_COSINE = 0.5;
/** At or above this cosine (0–1) the comment is a copy of the earlier one (the noise pass flags it), not a reply. */
const COPY_COSINE = 0.9;
/** Right after its parent, overlap is more likely a reply than a coincidence: added to the confidence. */
const ADJACENT_BONUS = 0.1;
/** Shared terms quoted in the reason (count). */
const REASON_TERMS = 3;

/**
 * Turns the best content overlap of a comment (`overlaps`, best first) into reply evidence, or undefined when the
 * overlap is what any two comments on the same story would share. `masses` are the summed weights of each comment's
 * terms, `texts` the comments' texts.
 */
export function findTopicReply(
  index: number,
  overlaps: readonly Overlap[],
  masses: readonly number[],
  texts: readonly string[],
  weights: TermWeights,
): ReplyCandidate | undefined {
  const best = overlaps[0];
  const norm = Math.sqrt((masses[index] ?? 0) * (masses[best?.parent ?? -1] ?? 0));
  if (!best || norm <= 0) return undefined;
  const cosine = best.weight / norm;
  if (cosine >= COPY_COSINE) return undefined;
  const echo = Math.min(1, cosine / ECHO_FULL_COSINE) * Math.min(1, best.rare);
  const distinctive = new Set(best.terms.filter((t) => weights.weightOf(t) >= PHRASE_TERM_SHARE * weights.rare));
  const phrase =
    best.rare >= REBUTTAL_MIN_RARE
      ? findEchoedPhrase(texts[index] ?? '', texts[best.parent] ?? '', distinctive)
      : undefined;
  const rebuttal = phrase ? Math.min(TOPIC_MAX, REBUTTAL_BASE + REBUTTAL_PER_RARE * best.rare) : 0;
  const adjacent = best.parent === index - 1 ? ADJACENT_BONUS : 0;
  const confidence = Math.min(TOPIC_MAX, Math.max(echo, rebuttal) + adjacent);
  if (confidence <= adjacent) return undefined;
  const terms = best.terms
    .slice(0, REASON_TERMS)
    .map((t) => `'${t}'`)
    .join(', ');
  const reason = phrase && rebuttal > echo ? `takes up '${phrase.join(' … ')}'` : `shares ${terms}`;
  return { parent: best.parent, confidence, evidence: 'answer', reason };
}
