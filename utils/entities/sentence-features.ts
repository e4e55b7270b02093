import type { Gazetteer } from './gazetteer';
import { gazetteerFlags } from './gazetteer-flags';
import { featureRow, hashString } from './hash-feature';
import { wordInfo, type WordInfo } from './word-info';

/** Feature templates; the numbers are part of the trained model, so never renumber them. */
const T = {
  bias: 0,
  lower: 2,
  prefix3: 3,
  suffix3: 4,
  suffix2: 5,
  short: 6,
  shape: 7,
  prevWord: 8,
  nextWord: 9,
  prevWord2: 10,
  nextWord2: 11,
  prevShape: 12,
  nextShape: 13,
  prevBigram: 14,
  nextBigram: 15,
  first: 16,
  flag: 17,
  flagShape: 18,
  prevFlag: 19,
  nextFlag: 20,
  label: 21,
  labels: 22,
  labelWord: 23,
  labelShape: 24,
} as const;

/** Hash standing for the words before the sentence start and after its end. */
const OUTSIDE = hashString('<s>');
const NONE: WordInfo = {
  lower: '',
  lowerHash: OUTSIDE,
  shortShape: OUTSIDE,
  shape: OUTSIDE,
  prefix3: 0,
  suffix3: 0,
  suffix2: 0,
};
const flagHashes = new Map<string, number>();
const flagHash = (flag: string): number =>
  flagHashes.get(flag) ?? flagHashes.set(flag, hashString(flag)).get(flag) ?? 0;

/** What the tagger reads about each word of a sentence, apart from the labels it has just assigned. */
export interface SentenceFeatures {
  words: WordInfo[];
  /** Hashed feature rows per word. */
  rows: number[][];
}

/**
 * Hashed features of every word of one sentence: the word, its affixes and shape, its neighbours, and gazetteer
 * flags of it and its neighbours. Shared by training and tagging, so both see exactly the same evidence.
 */
export function sentenceFeatures(words: readonly string[], gaz: Gazetteer): SentenceFeatures {
  const infos = words.map(wordInfo);
  const flags = gazetteerFlags(
    words,
    infos.map((info) => info.lower),
    gaz,
  ).map((list) => list.map(flagHash));
  const rows = infos.map((w, i) => {
    const [p, n, p2, n2] = [infos[i - 1] ?? NONE, infos[i + 1] ?? NONE, infos[i - 2] ?? NONE, infos[i + 2] ?? NONE];
    const row = [
      featureRow(T.bias),
      featureRow(T.lower, w.lowerHash),
      featureRow(T.prefix3, w.prefix3),
      featureRow(T.suffix3, w.suffix3),
      featureRow(T.suffix2, w.suffix2),
      featureRow(T.short, w.shortShape),
      featureRow(T.shape, w.shape),
      featureRow(T.prevWord, p.lowerHash),
      featureRow(T.nextWord, n.lowerHash),
      featureRow(T.prevWord2, p2.lowerHash),
      featureRow(T.nextWord2, n2.lowerHash),
      featureRow(T.prevShape, p.shortShape, w.shortShape),
      featureRow(T.nextShape, w.shortShape, n.shortShape),
      featureRow(T.prevBigram, p.lowerHash, w.lowerHash),
      featureRow(T.nextBigram, w.lowerHash, n.lowerHash),
    ];
    if (i === 0) row.push(featureRow(T.first, w.shortShape));
    for (const flag of flags[i] ?? []) row.push(featureRow(T.flag, flag), featureRow(T.flagShape, flag, w.shortShape));
    for (const flag of flags[i - 1] ?? []) row.push(featureRow(T.prevFlag, flag));
    for (const flag of flags[i + 1] ?? []) row.push(featureRow(T.nextFlag, flag));
    return row;
  });
  return { words: infos, rows };
}

/** Hashed features of the labels assigned just before this word (greedy left-to-right decoding). */
export function labelFeatures(prev: number, prev2: number, word: WordInfo): number[] {
  return [
    featureRow(T.label, prev + 1),
    featureRow(T.labels, prev2 + 1, prev + 1),
    featureRow(T.labelWord, prev + 1, word.lowerHash),
    featureRow(T.labelShape, prev + 1, word.shortShape),
  ];
}
