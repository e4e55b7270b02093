import type { Sentence } from '../../utils/model';
import { rougeTokens } from './rouge';

/** PageRank damping factor from the TextRank paper (Mihalcea & Tarau, 2004). */
const DAMPING = 0.85;
/** Power-iteration rounds; scores settle well before this on article-sized graphs. */
const ITERATIONS = 40;

/**
 * TextRank baseline (evaluation only, not shipped): sentences are nodes, edges weigh word overlap normalised by
 * log lengths, PageRank ranks them; the top `count` are returned in source order. Quadratic, as in the paper.
 */
export function textRank(sentences: readonly Sentence[], count: number): Sentence[] {
  const words = sentences.map((sentence) => new Set(rougeTokens(sentence.text)));
  const n = sentences.length;
  const weights = words.map((a, i) =>
    words.map((b, j) => {
      if (i === j || a.size < 2 || b.size < 2) return 0;
      let overlap = 0;
      for (const word of a) if (b.has(word)) overlap++;
      return overlap / (Math.log(a.size) + Math.log(b.size));
    }),
  );
  const outSum = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  let rank = sentences.map(() => 1 / Math.max(1, n));
  for (let round = 0; round < ITERATIONS; round++) {
    rank = rank.map((_, i) => {
      let incoming = 0;
      for (let j = 0; j < n; j++) if (outSum[j]! > 0) incoming += (weights[j]![i]! / outSum[j]!) * rank[j]!;
      return (1 - DAMPING) / n + DAMPING * incoming;
    });
  }
  return rank
    .map((value, i) => ({ value, i }))
    .sort((a, b) => b.value - a.value || a.i - b.i)
    .slice(0, count)
    .sort((a, b) => a.i - b.i)
    .map(({ i }) => sentences[i]!);
}
