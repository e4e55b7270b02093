import { FEATURE_BUCKETS } from '../../utils/entities/hash-feature';
import type { Gazetteer } from '../../utils/entities/gazetteer';
import { NER_LABELS, type NerLabel } from '../../utils/entities/ner-labels';
import { sentenceFeatures, transitionRows } from '../../utils/entities/sentence-features';
import { addRows, bestPath, denseTable, writeTransitions } from '../../utils/entities/tag-sentence';
import type { WordInfo } from '../../utils/entities/word-info';
import type { BioSentence } from './read-bio';

const LABEL_COUNT = NER_LABELS.length;

/** Small deterministic PRNG (mulberry32), so the shuffle order and therefore the model are reproducible. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains a structured averaged perceptron (Collins 2002) over the shared hashed features: each sentence is decoded
 * whole with the current weights (Viterbi over BIO labels, as the tagger decodes), and where the best path differs
 * from the gold one, the gold path's features move up and the guessed path's down. Returns the averaged weights,
 * `FEATURE_BUCKETS × labels`.
 */
export function trainPerceptron(
  data: readonly BioSentence[],
  gaz: Gazetteer,
  options: { epochs: number; seed: number; log?: (line: string) => void },
): Float32Array {
  const size = FEATURE_BUCKETS * LABEL_COUNT;
  const weights = new Float32Array(size);
  const totals = new Float64Array(size);
  const stamps = new Float64Array(size);
  let clock = 0;
  const update = (index: number, delta: number): void => {
    totals[index] = (totals[index] ?? 0) + (clock - (stamps[index] ?? 0)) * (weights[index] ?? 0);
    stamps[index] = clock;
    weights[index] = (weights[index] ?? 0) + delta;
  };
  const prepared = data.map((s) => ({
    ...sentenceFeatures(s.words, gaz),
    gold: Uint8Array.from(s.labels, (label) => Math.max(0, NER_LABELS.indexOf(label as NerLabel))),
  }));
  const order = prepared.map((_, i) => i);
  const rand = random(options.seed);
  const table = denseTable(weights);
  const pair: number[] = [0, 0, 0];
  const moveLabel = (prev: number, label: number, word: WordInfo, delta: number): void => {
    for (const feature of transitionRows(prev, word, pair)) update(feature * LABEL_COUNT + label, delta);
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let errors = 0;
    let tokens = 0;
    for (const index of order) {
      const { words, rows, gold } = prepared[index] ?? { words: [], rows: [], gold: new Uint8Array(0) };
      const emissions = new Float64Array(rows.length * LABEL_COUNT);
      rows.forEach((features, t) => addRows(table, features, emissions, t * LABEL_COUNT));
      const pairScores = new Float64Array(LABEL_COUNT * LABEL_COUNT);
      const guessed = bestPath(
        emissions,
        (t) => (words[t] ? writeTransitions(table, words[t], pairScores) : pairScores.fill(0)),
        rows.length,
        new Uint8Array(rows.length),
      );
      clock++;
      for (let t = 0; t < rows.length; t++) {
        tokens++;
        const [truth, guess] = [gold[t] ?? 0, guessed[t] ?? 0];
        const [truthBefore, guessBefore] = t > 0 ? [gold[t - 1] ?? 0, guessed[t - 1] ?? 0] : [0, 0];
        if (truth !== guess) {
          errors++;
          for (const feature of rows[t] ?? []) {
            update(feature * LABEL_COUNT + truth, 1);
            update(feature * LABEL_COUNT + guess, -1);
          }
        }
        const word = words[t];
        if (word && (truth !== guess || truthBefore !== guessBefore)) {
          moveLabel(truthBefore, truth, word, 1);
          moveLabel(guessBefore, guess, word, -1);
        }
      }
    }
    options.log?.(`epoch ${epoch + 1}: ${((100 * errors) / tokens).toFixed(2)}% token errors`);
  }
  const averaged = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    const total = (totals[i] ?? 0) + (clock - (stamps[i] ?? 0)) * (weights[i] ?? 0);
    averaged[i] = total / clock;
  }
  return averaged;
}
