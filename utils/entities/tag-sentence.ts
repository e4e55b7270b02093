import type { Gazetteer } from './gazetteer';
import { FEATURE_BUCKETS } from './hash-feature';
import { NER_LABELS, type NerLabel } from './ner-labels';
import { contextRows, sentenceContext, transitionRows, wordRows, type SentenceContext } from './sentence-features';
import type { WordInfo } from './word-info';

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

/** Adds the weight rows of the given features into `scores` (one score per label), from `at` on. */
export function addRows(table: WeightTable, features: readonly number[], scores: Float64Array, at = 0): void {
  const { rows, values: weights } = table;
  for (const feature of features) {
    const row = rows[feature] ?? 0;
    if (row === 0) continue;
    const base = (row - 1) * LABEL_COUNT;
    for (let k = 0; k < LABEL_COUNT; k++) scores[at + k] = (scores[at + k] ?? 0) + (weights[base + k] ?? 0);
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

/** Scores of each label after each previous label at one word: `out[prev * labels + label]`. */
export function writeTransitions(table: WeightTable, word: WordInfo, out: Float64Array): Float64Array {
  out.fill(0);
  const rows = [0, 0, 0];
  for (let prev = 0; prev < LABEL_COUNT; prev++)
    addRows(table, transitionRows(prev, word, rows), out, prev * LABEL_COUNT);
  return out;
}

/** Per label, the only other label an inside label may follow (its B-), or -1 when any label may come before it. */
const OPENER = Int8Array.from(NER_LABELS, (label) =>
  label.startsWith('I-') ? NER_LABELS.indexOf(`B-${label.slice(2)}` as NerLabel) : -1,
);
/** Viterbi work arrays, grown to the longest sentence seen and reused (decoding runs per sentence). */
let backBuffer = new Uint8Array(0);
const prevBuffer = new Float64Array(LABEL_COUNT);
const nextBuffer = new Float64Array(LABEL_COUNT);

/**
 * The best BIO-valid label path (Viterbi): `emissions[t * labels + k]` scores label k at word t, `transitions(t)`
 * scores label pairs into word t; the sentence starts after an O. Linear in the words, square in the labels.
 */
export function bestPath(
  emissions: Float64Array,
  transitions: (t: number) => Float64Array,
  length: number,
  out: Uint8Array,
): Uint8Array {
  if (length === 0) return out;
  if (backBuffer.length < length * LABEL_COUNT) backBuffer = new Uint8Array(2 * length * LABEL_COUNT);
  const back = backBuffer;
  let [prevScores, scores] = [prevBuffer, nextBuffer];
  const first = transitions(0);
  for (let k = 0; k < LABEL_COUNT; k++) {
    prevScores[k] = ALLOWED[k] === 1 ? (emissions[k] ?? 0) + (first[k] ?? 0) : -Infinity;
  }
  for (let t = 1; t < length; t++) {
    const pair = transitions(t);
    for (let k = 0; k < LABEL_COUNT; k++) {
      // An inside label follows its own B- or itself; any other label may follow anything.
      const opener = OPENER[k] ?? -1;
      let from = opener < 0 ? 0 : opener;
      let best = (prevScores[from] ?? 0) + (pair[from * LABEL_COUNT + k] ?? 0);
      for (let j = opener < 0 ? 1 : k; j < LABEL_COUNT && (opener < 0 || j === k); j++) {
        const score = (prevScores[j] ?? 0) + (pair[j * LABEL_COUNT + k] ?? 0);
        if (score > best) {
          best = score;
          from = j;
        }
      }
      scores[k] = best + (emissions[t * LABEL_COUNT + k] ?? 0);
      back[t * LABEL_COUNT + k] = from;
    }
    const swap = prevScores;
    prevScores = scores;
    scores = swap;
  }
  let label = 0;
  for (let k = 1; k < LABEL_COUNT; k++) if ((prevScores[k] ?? 0) > (prevScores[label] ?? 0)) label = k;
  for (let t = length - 1; t >= 0; t--) {
    out[t] = label;
    label = back[t * LABEL_COUNT + label] ?? 0;
  }
  return out;
}

/** Distinct words whose word-only scores are remembered before the cache is emptied (bounded memory). */
const CACHE_LIMIT = 50_000;
let cacheOwner: { weights: WeightTable; gaz: Gazetteer } | undefined;
/** Per word: its own label scores and its label-pair scores (`prev * labels + label`). */
const wordScores = new Map<string, { own: Float64Array; pairs: Float64Array }>();
/** Per-sentence work arrays, grown to the longest sentence seen and reused. */
let emissionBuffer = new Float64Array(0);
const pairsBuffer: Float64Array[] = [];
const rowsBuffer: number[] = [];

/** Summed weights of the features of a word on its own and of its label pairs (cached per word, per model). */
function wordScore(word: string, context: SentenceContext, i: number, weights: WeightTable) {
  const cached = wordScores.get(word);
  if (cached) return cached;
  const scores = { own: new Float64Array(LABEL_COUNT), pairs: new Float64Array(LABEL_COUNT * LABEL_COUNT) };
  const info = context.infos[i];
  if (info) {
    addRows(weights, wordRows(info, context.wordFlags[i] ?? []), scores.own);
    writeTransitions(weights, info, scores.pairs);
  }
  if (wordScores.size >= CACHE_LIMIT) wordScores.clear();
  wordScores.set(word, scores);
  return scores;
}

/** Label indices of one sentence: the best-scoring BIO-valid path under the averaged structured-perceptron weights. */
export function tagSentenceIndices(words: readonly string[], weights: WeightTable, gaz: Gazetteer): Uint8Array {
  if (cacheOwner?.weights !== weights || cacheOwner.gaz !== gaz) {
    cacheOwner = { weights, gaz };
    wordScores.clear();
  }
  const context = sentenceContext(words, gaz);
  if (emissionBuffer.length < words.length * LABEL_COUNT)
    emissionBuffer = new Float64Array(2 * words.length * LABEL_COUNT);
  const emissions = emissionBuffer;
  const rows = rowsBuffer;
  for (let i = 0; i < words.length; i++) {
    const { own, pairs } = wordScore(words[i] ?? '', context, i, weights);
    emissions.set(own, i * LABEL_COUNT);
    pairsBuffer[i] = pairs;
    rows.length = 0;
    contextRows(context, i, rows);
    addRows(weights, rows, emissions, i * LABEL_COUNT);
  }
  return bestPath(emissions, (t) => pairsBuffer[t] ?? EMPTY_PAIRS, words.length, new Uint8Array(words.length));
}

/** Label-pair scores of no weight. */
const EMPTY_PAIRS = new Float64Array(LABEL_COUNT * LABEL_COUNT);

/** Labels one sentence with the averaged structured-perceptron weights (Viterbi over BIO labels). */
export function tagSentence(words: readonly string[], weights: WeightTable, gaz: Gazetteer): NerLabel[] {
  return Array.from(tagSentenceIndices(words, weights, gaz), (k) => NER_LABELS[k] ?? 'O');
}
