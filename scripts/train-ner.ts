/**
 * Trains the entity tagger from ../shared/data/ner/ and writes utils/entities/model/ (run: `npm run train:ner`).
 * Deterministic: fixed data order, fixed shuffle seed, no clock or randomness elsewhere.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeModel } from '../utils/entities/decode-model';
import { denseTable } from '../utils/entities/tag-sentence';
import { buildGazetteer } from '../utils/entities/gazetteer';
import { buildGazetteerData } from './ner/build-gazetteer';
import { commonWords } from './ner/common-words';
import { encodeModel } from './ner/encode-model';
import { evaluateTagger, formatScores } from './ner/evaluate-tagger';
import { loadNerData, NER_DATA } from './ner/ner-data';
import { synthesizeNews } from './ner/synthesize-news';
import { random, trainPerceptron } from './ner/train-perceptron';

/**
 * Passes over the training data. With Viterbi training, 6 beat 8 on wikigold dev through the pipeline (71.8 against
 * 69.5, 5 runs each; 12 epochs of 3 runs gave 67.8) and keeps fewer rows; 5 lost 2-3 points on the wire sets.
 */
const EPOCHS = Number(process.env.NER_EPOCHS ?? 6);
/** Shuffle seed of the first run (NER_SEED shows how much the figures move with the seed alone). */
const SEED = Number(process.env.NER_SEED ?? 20260128);
/** Synthetic news sentences added to the real ones (about a fifth of the tokens): enough to teach the patterns. */
const SYNTHETIC = Number(process.env.NER_SYNTHETIC ?? 3000);
/** Rows whose largest weight is below this are dropped: they barely move any decision. */
const MIN_WEIGHT = Number(process.env.NER_MIN_WEIGHT ?? 2.5);
/** Training runs averaged, each with its own shuffle seed: 5 steadier than 3 on the wire sets (87.9 against 84.2). */
const RUNS = Number(process.env.NER_RUNS ?? 5);
/** Where the model files go; NER_OUT lets experiments write elsewhere. */
const OUT = process.env.NER_OUT ?? join(import.meta.dirname, '../utils/entities/model');

const { train: real, dev } = loadNerData();
// No organization list from the training spans: tried (two-fold jackknife, ambiguous one-word names pruned), it
// cost 3-8 points of ORG F1 on wikigold dev through the whole pipeline, so the tagger learns organizations from
// context, suffixes and capitalised runs instead.
const gazetteerData = buildGazetteerData(join(NER_DATA, 'gazetteers'), commonWords(real));
const gaz = buildGazetteer(gazetteerData);
const lists = Object.fromEntries(Object.entries(gazetteerData).map(([k, v]: [string, string]) => [k, v.split('\n')]));
const synthetic = synthesizeNews(SYNTHETIC, lists as Parameters<typeof synthesizeNews>[1], random(SEED + 1));
const train = [...real, ...synthetic];
console.log(`training on ${train.length} sentences, ${train.reduce((n, s) => n + s.words.length, 0)} tokens`);
// Several runs over differently shuffled data, averaged: one run's dev F1 moves by a point or two with the shuffle
// seed alone, and the average keeps what all runs agree on.
const runs: Float32Array[] = [];
for (let run = 0; run < RUNS; run++) {
  runs.push(
    trainPerceptron(train, gaz, {
      epochs: EPOCHS,
      seed: SEED + 101 * run,
      log: console.log,
    }),
  );
}
const averaged = runs[0] ?? new Float32Array(0);
for (const other of runs.slice(1))
  for (let i = 0; i < averaged.length; i++) averaged[i] = (averaged[i] ?? 0) + (other[i] ?? 0);
for (let i = 0; i < averaged.length; i++) averaged[i] = (averaged[i] ?? 0) / runs.length;

const stored = encodeModel(averaged, MIN_WEIGHT, {});
const quantised = decodeModel(stored);
const figures: Record<string, string> = {};
for (const [name, sentences] of Object.entries(dev)) {
  if (process.env.NER_FLOAT)
    console.log(formatScores(`${name} (float)`, evaluateTagger(sentences, denseTable(averaged), gaz)));
  const scores = evaluateTagger(sentences, quantised, gaz);
  console.log(formatScores(name, scores));
  figures[name] = scores.map((s) => `${s.type} ${s.f1.toFixed(1)}`).join(', ');
}
stored.about = {
  what: 'Structured averaged perceptron (Viterbi over BIO labels: PER/LOC/ORG/MISC), hashed features (utils/entities/sentence-features.ts)',
  data: `wikigold (first 80%, x3), BTC train, WNUT17 train (CC BY 4.0), ${SYNTHETIC} synthetic news sentences (scripts/ner/synthesize-news.ts); gazetteer features from ner-gazetteer.json`,
  training: `npm run train:ner; ${RUNS} runs of ${EPOCHS} epochs averaged, seeds ${SEED} + 101k, rows kept when a weight >= ${MIN_WEIGHT}`,
  devF1: figures,
};
writeFileSync(join(OUT, 'ner-model.json'), `${JSON.stringify(stored)}\n`);
writeFileSync(join(OUT, 'ner-gazetteer.json'), `${JSON.stringify(gazetteerData)}\n`);
console.log(`wrote ${join(OUT, 'ner-model.json')} (${stored.rows.length + stored.weights.length} base64 chars)`);
