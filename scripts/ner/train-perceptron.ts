import { FEATURE_BUCKETS } from '../../utils/entities/hash-feature';
import type { Gazetteer } from '../../utils/entities/gazetteer';
import { NER_LABELS, type NerLabel } from '../../utils/entities/ner-labels';
import { labelFeatures, sentenceFeatures } from '../../utils/entities/sentence-features';
import { addRows, bestLabel, denseTable } from '../../utils/entities/tag-sentence';
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
 * Trains a greedy averaged perceptron (Collins 2002) over the shared hashed features: each sentence is decoded
 * left to right with the current weights, and every wrong label moves its features' weights toward the gold one.
 * Returns the averaged weights, `FEATURE_BUCKETS × labels`.
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
  const prepared = data.map((s) => ({ ...sentenceFeatures(s.words, gaz), gold: s.labels as NerLabel[] }));
  const order = prepared.map((_, i) => i);
  const rand = random(options.seed);
  const scores = new Float64Array(LABEL_COUNT);
  const table = denseTable(weights);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let errors = 0;
    let tokens = 0;
    for (const index of order) {
      const { words, rows, gold } = prepared[index] ?? { words: [], rows: [], gold: [] };
      const guessed: number[] = [];
      for (let t = 0; t < rows.length; t++) {
        clock++;
        const prev = guessed[t - 1] ?? 0;
        const word = words[t];
        const history = word ? labelFeatures(prev, guessed[t - 2] ?? 0, word) : [];
        const features = [...(rows[t] ?? []), ...history];
        scores.fill(0);
        addRows(table, features, scores);
        const guess = bestLabel(scores, prev);
        const truth = NER_LABELS.indexOf(gold[t] ?? 'O');
        if (guess !== truth) {
          errors++;
          for (const feature of features) {
            update(feature * LABEL_COUNT + truth, 1);
            update(feature * LABEL_COUNT + guess, -1);
          }
        }
        tokens++;
        guessed.push(guess);
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
