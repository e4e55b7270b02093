import type { Gazetteer } from './gazetteer';
import { gazetteerFlags } from './gazetteer-flags';
import { hashFeature } from './hash-feature';

/** Longest word shape kept, in characters: longer shapes add little and fragment the weights. */
const MAX_SHAPE = 8;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const CURLY = /’/g;

/** Word shape: `Putin` → `Xxxxx`, `KCNA` → `XXXX`, `2019` → `dddd`; other characters kept. */
function shapeOf(word: string): string {
  let shape = '';
  for (const char of word) {
    if (shape.length >= MAX_SHAPE) break;
    shape += UPPER.test(char) ? 'X' : LOWER.test(char) ? 'x' : DIGIT.test(char) ? 'd' : char;
  }
  return shape;
}

/** Shape with runs collapsed: `Xxxxx` → `Xx`. */
const shortShape = (shape: string): string => shape.replace(/(.)\1+/g, '$1');

/** What the tagger reads about each word of a sentence, apart from the labels it has just assigned. */
export interface SentenceFeatures {
  lower: string[];
  shapes: string[];
  /** Hashed feature rows per word. */
  rows: number[][];
}

/**
 * Hashed features of every word of one sentence: the word, its affixes and shape, its neighbours, and gazetteer
 * flags of it and its neighbours. Shared by training and tagging, so both see exactly the same evidence.
 */
export function sentenceFeatures(words: readonly string[], gaz: Gazetteer): SentenceFeatures {
  const lower = words.map((word) => word.toLowerCase().replace(CURLY, "'"));
  const shapes = words.map((word) => shortShape(shapeOf(word)));
  const flags = gazetteerFlags(words, lower, gaz);
  const at = (list: readonly string[], i: number): string => list[i] ?? (i < 0 ? '<s>' : '</s>');
  const rows = words.map((word, i) => {
    const low = at(lower, i);
    const features = [
      'b',
      `l=${low}`,
      `p3=${low.slice(0, 3)}`,
      `s3=${low.slice(-3)}`,
      `s2=${low.slice(-2)}`,
      `sh=${at(shapes, i)}`,
      `fs=${shapeOf(word)}`,
      `l-1=${at(lower, i - 1)}`,
      `l+1=${at(lower, i + 1)}`,
      `l-2=${at(lower, i - 2)}`,
      `l+2=${at(lower, i + 2)}`,
      `sh-1=${at(shapes, i - 1)}|${at(shapes, i)}`,
      `sh+1=${at(shapes, i)}|${at(shapes, i + 1)}`,
      `l-1|l=${at(lower, i - 1)}|${low}`,
      `l|l+1=${low}|${at(lower, i + 1)}`,
    ];
    if (i === 0) features.push(`first|sh=${at(shapes, i)}`);
    for (const flag of flags[i] ?? []) features.push(`g=${flag}`, `g|sh=${flag}|${at(shapes, i)}`);
    for (const flag of flags[i - 1] ?? []) features.push(`g-1=${flag}`);
    for (const flag of flags[i + 1] ?? []) features.push(`g+1=${flag}`);
    return features.map(hashFeature);
  });
  return { lower, shapes, rows };
}

/** Hashed features of the labels assigned just before this word (greedy left-to-right decoding). */
export function labelFeatures(prev: string, prev2: string, lower: string, shape: string): number[] {
  return [`p=${prev}`, `pp=${prev2}|${prev}`, `pl=${prev}|${lower}`, `psh=${prev}|${shape}`].map(hashFeature);
}
