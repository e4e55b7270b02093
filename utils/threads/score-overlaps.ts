import { LOOKBACK_COMMENTS } from './reply-candidate';
import type { TermWeights } from './weigh-terms';
import { mapSteps, type Steps } from '../steps/steps';

/**
 * A term in more than this share of the comments (0–1) is the discussion's common vocabulary: it is skipped when
 * looking for parents, which also keeps its long postings list out of the loop.
 */
const MAX_TERM_SHARE = 0.2;
/** Terms found in fewer comments than this are always kept, whatever the share, so small pages still link. */
const MIN_COMMON_DF = 4;
/**
 * A term found in more than this many of the window's comments (count) is the local topic of the moment, not a
 * link between two of them: skipped. This also caps the postings read per term, so a comment costs at most
 * terms × this, whatever the page.
 */
const MAX_LOCAL_SHARERS = 12;
/** Overlaps kept per comment (count), best first: the finders only read the top ones. */
const KEEP_OVERLAPS = 5;

/** What one comment shares with one earlier comment. */
export interface Overlap {
  parent: number;
  /** Shared terms, heaviest first. */
  terms: string[];
  /** Sum of the shared terms' weights. */
  weight: number;
  /** Shared terms counted in "rare-term equivalents": Σ (weight / rare weight)², so rare words dominate. */
  rare: number;
}

/**
 * For each comment, the earlier comments (within `LOOKBACK_COMMENTS`, other authors) it shares distinctive terms
 * with, best first. An inverted index built as we go holds only earlier comments; each term's postings are read
 * backwards and only inside the window, so the cost is bounded per comment, never all pairs. Step by step (see
 * `Steps`): one step per comment.
 */
export function scoreOverlapsSteps(
  termLists: readonly (readonly string[])[],
  authors: readonly string[],
  weights: TermWeights,
): Steps<Overlap[][]> {
  const postings = new Map<string, number[]>();
  const maxDf = Math.max(MIN_COMMON_DF, MAX_TERM_SHARE * termLists.length);
  return mapSteps(termLists, (terms, i) => {
    const byParent = new Map<number, Overlap>();
    for (const term of terms) {
      const list = postings.get(term);
      if (list === undefined) {
        postings.set(term, [i]);
        continue;
      }
      const weight = weights.weightOf(term);
      const sharers = (weights.df.get(term) ?? 0) <= maxDf && weight > 0 ? recentSharers(list, i) : [];
      for (const parent of sharers) {
        if (authors[parent] === authors[i]) continue;
        const overlap = byParent.get(parent) ?? { parent, terms: [], weight: 0, rare: 0 };
        overlap.terms.push(term);
        overlap.weight += weight;
        overlap.rare += (weight / weights.rare) ** 2;
        byParent.set(parent, overlap);
      }
      list.push(i);
    }
    const kept = topOverlaps(byParent.values());
    for (const overlap of kept) overlap.terms.sort((a, b) => weights.weightOf(b) - weights.weightOf(a));
    return kept;
  });
}

/** The earlier comments of `list` (ascending) inside comment `i`'s window, or none when the term is locally common. */
function recentSharers(list: readonly number[], i: number): number[] {
  const found: number[] = [];
  for (let k = list.length - 1; k >= 0; k--) {
    const parent = list[k] ?? -1;
    if (parent < i - LOOKBACK_COMMENTS) break;
    if (found.length === MAX_LOCAL_SHARERS) return [];
    found.push(parent);
  }
  return found;
}

/** The `KEEP_OVERLAPS` heaviest overlaps (ties: the nearer parent), best first, without sorting them all. */
function topOverlaps(all: Iterable<Overlap>): Overlap[] {
  const better = (a: Overlap, b: Overlap): boolean =>
    a.weight > b.weight || (a.weight === b.weight && a.parent > b.parent);
  const top: Overlap[] = [];
  for (const overlap of all) {
    if (top.length === KEEP_OVERLAPS && !better(overlap, top[top.length - 1] as Overlap)) continue;
    let at = top.length;
    while (at > 0 && better(overlap, top[at - 1] as Overlap)) at--;
    top.splice(at, 0, overlap);
    if (top.length > KEEP_OVERLAPS) top.pop();
  }
  return top;
}
