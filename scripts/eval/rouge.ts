/**
 * ROUGE-N and ROUGE-L F1 (Lin, 2004) as commonly reported: lower-cased word tokens, multiset n-gram overlap, no
 * stemming and no stop-word removal. ROUGE-L here is the LCS of the whole summary against the whole reference
 * (the "rougeL" flavour, not the sentence-union "rougeLsum").
 */

const TOKEN = /[\p{L}\p{N}]+/gu;

/** One ROUGE figure: precision, recall and F1, each 0–1. */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Lower-cased word tokens. */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

function score(overlap: number, candidateSize: number, referenceSize: number): RougeScore {
  const precision = candidateSize > 0 ? overlap / candidateSize : 0;
  const recall = referenceSize > 0 ? overlap / referenceSize : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N: clipped (multiset) overlap of n-grams. */
export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const c = ngrams(rougeTokens(candidate), n);
  const r = ngrams(rougeTokens(reference), n);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  const size = (counts: Map<string, number>): number => [...counts.values()].reduce((a, b) => a + b, 0);
  return score(overlap, size(c), size(r));
}

/** ROUGE-L: longest common subsequence of tokens. */
export function rougeL(candidate: string, reference: string): RougeScore {
  const a = rougeTokens(candidate);
  const b = rougeTokens(reference);
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const token of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      current[j] = token === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return score(previous[b.length] ?? 0, a.length, b.length);
}
