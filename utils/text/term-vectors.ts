import { endsBlock, mapSteps, runSteps, type Steps } from '../steps/steps';

/** A sparse, unit-length term vector: term → weight. */
export type TermVector = Map<string, number>;

/**
 * TF-IDF vectors for a set of texts (each given as its words), normalised to unit length. IDF is computed over the
 * set itself (one "document" per text), so it needs no outside corpus. Linear in the total number of words.
 */
export function termVectors(texts: readonly (readonly string[])[]): TermVector[] {
  return runSteps(termVectorsSteps(texts));
}

/** `termVectors` step by step (see `Steps`): one step per text in each pass over them, a block per step in the counts. */
export function* termVectorsSteps(texts: readonly (readonly string[])[]): Steps<TermVector[]> {
  // Counts first: each count map's keys are its text's distinct terms, so no separate set per text is needed.
  const counts = yield* mapSteps(texts, (words) => {
    const vector: TermVector = new Map();
    for (const term of words) vector.set(term, (vector.get(term) ?? 0) + 1);
    return vector;
  });
  const documentFrequency = new Map<string, number>();
  for (const [i, vector] of counts.entries()) {
    for (const term of vector.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    if (endsBlock(i)) yield;
  }
  yield;
  const total = texts.length;
  return yield* mapSteps(counts, (vector) => {
    let norm = 0;
    for (const [term, count] of vector) {
      // Smoothed IDF: a term in every text still weighs a little, so one-sentence inputs are not all zeros.
      const weight = (1 + Math.log(count)) * Math.log(1 + total / (documentFrequency.get(term) ?? 1));
      vector.set(term, weight);
      norm += weight * weight;
    }
    return normalize(vector, Math.sqrt(norm));
  });
}

/** The normalised sum of the vectors: what the texts are about together. */
export function centroid(vectors: readonly TermVector[]): TermVector {
  return runSteps(centroidSteps(vectors));
}

/** `centroid` step by step (see `Steps`): a step per block of vectors summed, in the same order. */
export function* centroidSteps(vectors: readonly TermVector[]): Steps<TermVector> {
  const sum: TermVector = new Map();
  for (const [i, vector] of vectors.entries()) {
    for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
    if (endsBlock(i)) yield;
  }
  let norm = 0;
  for (const weight of sum.values()) norm += weight * weight;
  return normalize(sum, Math.sqrt(norm));
}

/** Cosine similarity of two unit vectors (0 when either is empty). */
export function cosine(a: TermVector, b: TermVector): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  small.forEach((weight, term) => {
    dot += weight * (large.get(term) ?? 0);
  });
  return dot;
}

function normalize(vector: TermVector, norm: number): TermVector {
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}
