import type { Gazetteer } from './gazetteer';
import { FEATURE_BUCKETS } from './hash-feature';
import { NER_LABELS, type NerLabel } from './ner-labels';
import { labelFeatures, sentenceFeatures } from './sentence-features';

const LABEL_COUNT = NER_LABELS.length;

/** Perceptron weights: where each hashed feature's row starts in `values` (-1 when pruned), and the rows. */
export interface WeightTable {
  offsets: Int32Array;
  values: ArrayLike<number>;
}

/** A dense table over all feature buckets, as the trainer uses it. */
export function denseTable(values: Float32Array): WeightTable {
  return { offsets: Int32Array.from({ length: FEATURE_BUCKETS }, (_, i) => i * LABEL_COUNT), values };
}

/** Adds the weight rows of the given features into `scores` (one score per label). */
export function addRows(table: WeightTable, features: readonly number[], scores: Float64Array): void {
  const { offsets, values: weights } = table;
  for (const feature of features) {
    const base = offsets[feature] ?? -1;
    if (base < 0) continue;
    for (let k = 0; k < LABEL_COUNT; k++) scores[k] = (scores[k] ?? 0) + (weights[base + k] ?? 0);
  }
}

/** Whether `label` may follow `prev` in BIO: an inside label continues an entity of the same type. */
export function canFollow(prev: NerLabel, label: NerLabel): boolean {
  return !label.startsWith('I-') || prev.slice(2) === label.slice(2);
}

/** Index of the best-scoring label that may follow `prev`. */
export function bestLabel(scores: Float64Array, prev: NerLabel): number {
  let best = 0;
  for (let k = 1; k < LABEL_COUNT; k++) {
    const label = NER_LABELS[k];
    if (label && canFollow(prev, label) && (scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
  }
  return best;
}

/** Labels one sentence greedily left to right with the averaged-perceptron weights. */
export function tagSentence(words: readonly string[], weights: WeightTable, gaz: Gazetteer): NerLabel[] {
  const { lower, shapes, rows } = sentenceFeatures(words, gaz);
  const labels: NerLabel[] = [];
  const scores = new Float64Array(LABEL_COUNT);
  for (let i = 0; i < words.length; i++) {
    const prev = labels[i - 1] ?? 'O';
    scores.fill(0);
    addRows(weights, rows[i] ?? [], scores);
    addRows(weights, labelFeatures(prev, labels[i - 2] ?? 'O', lower[i] ?? '', shapes[i] ?? ''), scores);
    labels.push(NER_LABELS[bestLabel(scores, prev)] ?? 'O');
  }
  return labels;
}
