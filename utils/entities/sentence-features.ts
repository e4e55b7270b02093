import type { Gazetteer } from './gazetteer';
import { isCapitalised, spanFlags, wordFlags } from './gazetteer-flags';
import { featureRow, hashString } from './hash-feature';
import { NER_LABELS } from './ner-labels';
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
  /** 22 was the pair of the two labels before the word (greedy decoding only). */
  labelWord: 23,
  labelShape: 24,
  runLast: 25,
  runLastPosition: 26,
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

/** What the tagger reads about each word of a sentence, apart from the labels it has just assigned. */
export interface SentenceFeatures {
  words: WordInfo[];
  /** Hashed feature rows per word. */
  rows: number[][];
}

/** A sentence's words as the features see them: word facts, word flags and span flags (hashed). */
export interface SentenceContext {
  infos: WordInfo[];
  wordFlags: Array<readonly number[]>;
  spanFlags: Array<number[] | undefined>;
  /** Per word in a run of capitalised words: the hash of the run's last word (0 outside runs). */
  runLast: number[];
  /** Per word: 0 outside runs, 1 first, 2 inside, 3 last, 4 a one-word run. */
  runPosition: number[];
}

/** Lowercase words that may join the capitalised words of one name ("Bank of England", "Marks and Spencer"). */
const CONNECTORS = new Set(['of', 'and', 'for', '&', 'de', 'the', 'on', 'du', 'del', 'la']);
/** Longest run of capitalised words read as one name, in words. */
const MAX_RUN = 8;

/**
 * Runs of capitalised words, joined over connectors between two capitalised words: the tagger sees where a name
 * may end and with which word ("... Transit Authority", "... Big Band"), evidence a left-to-right tagger lacks.
 */
function capitalisedRuns(words: readonly string[], infos: readonly WordInfo[]): { last: number[]; position: number[] } {
  const last = new Array<number>(words.length).fill(0);
  const position = new Array<number>(words.length).fill(0);
  let i = 0;
  while (i < words.length) {
    if (!isCapitalised(words[i] ?? '')) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < words.length && end - i + 1 < MAX_RUN) {
      if (isCapitalised(words[end + 1] ?? '')) end++;
      else if (
        CONNECTORS.has(infos[end + 1]?.lower ?? '') &&
        isCapitalised(words[end + 2] ?? '') &&
        end + 2 - i < MAX_RUN
      )
        end += 2;
      else break;
    }
    const hash = infos[end]?.lowerHash ?? 0;
    for (let k = i; k <= end; k++) {
      last[k] = hash;
      position[k] = i === end ? 4 : k === i ? 1 : k === end ? 3 : 2;
    }
    i = end + 1;
  }
  return { last, position };
}

/** Reads the words of one sentence once: their facts and gazetteer flags. */
export function sentenceContext(words: readonly string[], gaz: Gazetteer): SentenceContext {
  const infos = words.map(wordInfo);
  const lower = infos.map((info) => info.lower);
  const runs = capitalisedRuns(words, infos);
  return {
    runLast: runs.last,
    runPosition: runs.position,
    infos,
    wordFlags: infos.map((info, i) => wordFlags(words[i] ?? '', info.lower, gaz)),
    spanFlags: spanFlags(words, lower, gaz),
  };
}

/**
 * Rows of the features that depend on the word alone (spelling, affixes, shape, word flags), so the tagger can
 * sum their weights once per distinct word.
 */
export function wordRows(w: WordInfo, flags: readonly number[]): number[] {
  const row = [
    featureRow(T.bias),
    featureRow(T.lower, w.lowerHash),
    featureRow(T.prefix3, w.prefix3),
    featureRow(T.suffix3, w.suffix3),
    featureRow(T.suffix2, w.suffix2),
    featureRow(T.short, w.shortShape),
    featureRow(T.shape, w.shape),
  ];
  for (const flag of flags) row.push(featureRow(T.flag, flag), featureRow(T.flagShape, flag, w.shortShape));
  return row;
}

/** Appends to `out` the rows of word `i` that depend on its neighbours and its place in the sentence. */
export function contextRows(context: SentenceContext, i: number, out: number[]): void {
  const { infos } = context;
  const w = infos[i] ?? NONE;
  const [p, n, p2, n2] = [infos[i - 1] ?? NONE, infos[i + 1] ?? NONE, infos[i - 2] ?? NONE, infos[i + 2] ?? NONE];
  out.push(
    featureRow(T.prevWord, p.lowerHash),
    featureRow(T.nextWord, n.lowerHash),
    featureRow(T.prevWord2, p2.lowerHash),
    featureRow(T.nextWord2, n2.lowerHash),
    featureRow(T.prevShape, p.shortShape, w.shortShape),
    featureRow(T.nextShape, w.shortShape, n.shortShape),
    featureRow(T.prevBigram, p.lowerHash, w.lowerHash),
    featureRow(T.nextBigram, w.lowerHash, n.lowerHash),
  );
  if (i === 0) out.push(featureRow(T.first, w.shortShape));
  const position = context.runPosition[i] ?? 0;
  if (position > 0) {
    out.push(
      featureRow(T.runLast, context.runLast[i] ?? 0),
      featureRow(T.runLastPosition, context.runLast[i] ?? 0, position),
    );
  }
  for (const flag of context.spanFlags[i] ?? []) {
    out.push(featureRow(T.flag, flag), featureRow(T.flagShape, flag, w.shortShape));
  }
  for (const flag of context.wordFlags[i - 1] ?? []) out.push(featureRow(T.prevFlag, flag));
  for (const flag of context.spanFlags[i - 1] ?? []) out.push(featureRow(T.prevFlag, flag));
  for (const flag of context.wordFlags[i + 1] ?? []) out.push(featureRow(T.nextFlag, flag));
  for (const flag of context.spanFlags[i + 1] ?? []) out.push(featureRow(T.nextFlag, flag));
}

/**
 * Hashed features of every word of one sentence: the word, its affixes and shape, its neighbours, and gazetteer
 * flags of it and its neighbours. Shared by training and tagging, so both see exactly the same evidence.
 */
export function sentenceFeatures(words: readonly string[], gaz: Gazetteer): SentenceFeatures {
  const context = sentenceContext(words, gaz);
  const rows = context.infos.map((info, i) => {
    const row = wordRows(info, context.wordFlags[i] ?? []);
    contextRows(context, i, row);
    return row;
  });
  return { words: context.infos, rows };
}

/** Rows of the label-transition features, by previous label index, computed once. */
const LABEL_ROWS = Array.from({ length: NER_LABELS.length }, (_, k) => featureRow(T.label, k + 1));

/**
 * Writes into `out` the rows of the features of the label before this word: the label itself (a transition weight
 * per label pair) and the label with the word and with its shape. First order, so Viterbi decoding stays exact.
 */
export function transitionRows(prev: number, word: WordInfo, out: number[]): number[] {
  out[0] = LABEL_ROWS[prev] ?? 0;
  out[1] = featureRow(T.labelWord, prev + 1, word.lowerHash);
  out[2] = featureRow(T.labelShape, prev + 1, word.shortShape);
  return out;
}
