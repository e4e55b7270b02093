import { hashString } from './hash-feature';

/** Hashes of what the tagger reads about a word on its own, computed once per distinct word. */
export interface WordInfo {
  lower: string;
  lowerHash: number;
  /** Shape with runs collapsed: `Putin` → `Xx`, `KCNA` → `X`, `2019` → `d`. */
  shortShape: number;
  /** Shape of the first characters: `Putin` → `Xxxxx`. */
  shape: number;
  prefix3: number;
  suffix3: number;
  suffix2: number;
}

/** Longest word shape kept, in characters: longer shapes add little and fragment the weights. */
const MAX_SHAPE = 8;
/** Distinct words remembered before the cache is emptied, so a 10 MB page cannot grow it without bound. */
const CACHE_LIMIT = 50_000;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const CURLY = /’/g;
const cache = new Map<string, WordInfo>();

/** One character's shape class; ASCII is checked by code so the Unicode regexes only see the rest. */
function shapeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return char;
  return UPPER.test(char) ? 'X' : LOWER.test(char) ? 'x' : DIGIT.test(char) ? 'd' : char;
}

/** The word's hashed properties (cached). */
export function wordInfo(word: string): WordInfo {
  const cached = cache.get(word);
  if (cached) return cached;
  let shape = '';
  let short = '';
  for (const char of word) {
    const kind = shapeChar(char);
    if (shape.length < MAX_SHAPE) shape += kind;
    if (!short.endsWith(kind)) short += kind;
  }
  const lower = word.toLowerCase().replace(CURLY, "'");
  const info: WordInfo = {
    lower,
    lowerHash: hashString(lower),
    shortShape: hashString(short),
    shape: hashString(shape),
    prefix3: hashString(lower.slice(0, 3)),
    suffix3: hashString(lower.slice(-3)),
    suffix2: hashString(lower.slice(-2)),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, info);
  return info;
}
