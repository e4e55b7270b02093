import type { Gazetteer } from './gazetteer';
import { FEATURE_BUCKETS } from './hash-feature';
import { NER_LABELS, type NerLabel } from './ner-labels';
import { contextRows, sentenceContext, wordRows, writeLabelFeatures, type SentenceContext } from './sentence-features';

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

/** Distinct words whose word-only scores are remembered before the cache is emptied (bounded memory). */
const CACHE_LIMIT = 50_000;
let cacheOwner: { weights: WeightTable; gaz: Gazetteer } | undefined;
const wordScores = new Map<string, Float64Array>();

/** Summed weights of the features of a word on its own (cached per word, per model): about half of its features. */
function wordScore(word: string, context: SentenceContext, i: number, weights: WeightTable): Float64Array {
  const cached = wordScores.get(word);
  if (cached) return cached;
  const scores = new Float64Array(LABEL_COUNT);
  const info = context.infos[i];
  if (info) addRows(weights, wordRows(info, context.wordFlags[i] ?? []), scores);
  if (wordScores.size >= CACHE_LIMIT) wordScores.clear();
  wordScores.set(word, scores);
  return scores;
}

/** Label indices of one sentence, tagged greedily left to right with the averaged-perceptron weights. */
export function tagSentenceIndices(words: readonly string[], weights: WeightTable, gaz: Gazetteer): Uint8Array {
  if (cacheOwner?.weights !== weights || cacheOwner.gaz !== gaz) {
    cacheOwner = { weights, gaz };
    wordScores.clear();
  }
  const context = sentenceContext(words, gaz);
  const picked = new Uint8Array(words.length);
  const scores = new Float64Array(LABEL_COUNT);
  const rows: number[] = [];
  const history = [0, 0, 0, 0];
  for (let i = 0; i < words.length; i++) {
    const prev = i > 0 ? (picked[i - 1] ?? 0) : 0;
    const own = wordScore(words[i] ?? '', context, i, weights);
    for (let k = 0; k < LABEL_COUNT; k++) scores[k] = own[k] ?? 0;
    rows.length = 0;
    contextRows(context, i, rows);
    addRows(weights, rows, scores);
    const info = context.infos[i];
    if (info) addRows(weights, writeLabelFeatures(prev, i > 1 ? (picked[i - 2] ?? 0) : 0, info, history), scores);
    picked[i] = bestLabel(scores, prev);
  }
  return picked;
}

/** Labels one sentence greedily left to right with the averaged-perceptron weights. */
export function tagSentence(words: readonly string[], weights: WeightTable, gaz: Gazetteer): NerLabel[] {
  return Array.from(tagSentenceIndices(words, weights, gaz), (k) => NER_LABELS[k] ?? 'O');
}
