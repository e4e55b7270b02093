import type { Gazetteer } from './gazetteer';
import { FEATURE_BUCKETS } from './hash-feature';
import { NER_LABELS, type NerLabel } from './ner-labels';
import { labelFeatures, sentenceFeatures } from './sentence-features';

const LABEL_COUNT = NER_LABELS.length;

/**
 * Perceptron weights: for each hashed feature, 1 + the index of its row in `values` (0 when pruned), and the rows,
 * `labels` values each. The shipped model keeps ~26k int16 rows, about 1 MB in all, so lookups stay in cache.
 */
export interface WeightTable {
  rows: Uint16Array | Int32Array;
  values: Int16Array | Float32Array;
}

/** A dense table over all feature buckets, as the trainer uses it. */
export function denseTable(values: Float32Array): WeightTable {
  return { rows: Int32Array.from({ length: FEATURE_BUCKETS }, (_, i) => i + 1), values };
}

/** Adds the weight rows of the given features into `scores` (one score per label). */
export function addRows(table: WeightTable, features: readonly number[], scores: Float64Array): void {
  const { rows, values: weights } = table;
  for (const feature of features) {
    const row = rows[feature] ?? 0;
    if (row === 0) continue;
    const base = (row - 1) * LABEL_COUNT;
    for (let k = 0; k < LABEL_COUNT; k++) scores[k] = (scores[k] ?? 0) + (weights[base + k] ?? 0);
  }
}

/** Whether `label` may follow `prev` in BIO: an inside label continues an entity of the same type. */
export function canFollow(prev: NerLabel, label: NerLabel): boolean {
  return !label.startsWith('I-') || prev.slice(2) === label.slice(2);
}

/** `ALLOWED[prev * labels + next]`: the BIO rule as a table, so decoding compares no strings. */
const ALLOWED = Uint8Array.from({ length: LABEL_COUNT * LABEL_COUNT }, (_, i) =>
  canFollow(NER_LABELS[Math.floor(i / LABEL_COUNT)] ?? 'O', NER_LABELS[i % LABEL_COUNT] ?? 'O') ? 1 : 0,
);

/** Index of the best-scoring label that may follow the label of index `prev`. */
export function bestLabel(scores: Float64Array, prev: number): number {
  const base = prev * LABEL_COUNT;
  let best = 0;
  for (let k = 1; k < LABEL_COUNT; k++) {
    if (ALLOWED[base + k] === 1 && (scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
  }
  return best;
}

/** Labels one sentence greedily left to right with the averaged-perceptron weights. */
export function tagSentence(words: readonly string[], weights: WeightTable, gaz: Gazetteer): NerLabel[] {
  const features = sentenceFeatures(words, gaz);
  const picked: number[] = [];
  const scores = new Float64Array(LABEL_COUNT);
  for (let i = 0; i < words.length; i++) {
    const prev = picked[i - 1] ?? 0;
    const word = features.words[i];
    scores.fill(0);
    addRows(weights, features.rows[i] ?? [], scores);
    if (word) addRows(weights, labelFeatures(prev, picked[i - 2] ?? 0, word), scores);
    picked.push(bestLabel(scores, prev));
  }
  return picked.map((k) => NER_LABELS[k] ?? 'O');
}
