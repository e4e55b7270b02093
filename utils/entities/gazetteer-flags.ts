import { ORG_HEAD_WORDS, TITLE_WORDS } from './cue-words';
import type { Gazetteer } from './gazetteer';
import { hashString } from './hash-feature';

/** Longest place or organization name looked up, in words ("Democratic People's Republic of Korea"). */
const MAX_SPAN_WORDS = 6;
/** Distinct words whose flags are remembered before the cache is emptied (bounded memory on huge pages). */
const CACHE_LIMIT = 50_000;
const CAPITALISED = /^\p{Lu}/u;
const NO_FLAGS: readonly number[] = [];
/** Hashes of the flag names; the names are part of the trained model, so never rename them. */
const FLAG = {
  title: hashString('title'),
  fn: hashString('fn'),
  sn: hashString('sn'),
  nat: hashString('nat'),
  orghead: hashString('orghead'),
};
/** Span flag hashes by kind, `[first word of a longer span, inside word, one-word span]`. */
const SPAN_FLAGS = {
  loc: [hashString('loc-b'), hashString('loc-i'), hashString('loc-b1')],
  org: [hashString('org-b'), hashString('org-i'), hashString('org-b1')],
} as const;

/** Whether a word starts with a capital; ASCII checked by code, the Unicode regex only for the rest. */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITALISED.test(word);
}

let cacheOwner: Gazetteer | undefined;
const cache = new Map<string, readonly number[]>();

/**
 * Hashed flags that depend on the word alone (cached per word, per gazetteer): `fn`/`sn` first name/surname,
 * `nat` nationality, `title`, `orghead`.
 */
export function wordFlags(word: string, key: string, gaz: Gazetteer): readonly number[] {
  if (cacheOwner !== gaz || cache.size >= CACHE_LIMIT) [cacheOwner] = [gaz, cache.clear()];
  const cached = cache.get(word);
  if (cached) return cached;
  const flags: number[] = [];
  if (TITLE_WORDS.has(key)) flags.push(FLAG.title);
  if (isCapitalised(word)) {
    if (gaz.first.has(key)) flags.push(FLAG.fn);
    if (gaz.surname.has(key)) flags.push(FLAG.sn);
    if (gaz.nationality.has(key)) flags.push(FLAG.nat);
    if (ORG_HEAD_WORDS.has(key)) flags.push(FLAG.orghead);
  }
  const result = flags.length ? flags : NO_FLAGS;
  cache.set(word, result);
  return result;
}

/**
 * Hashed place/organization span flags of a sentence (B/I style): the longest gazetteer span starting at each
 * capitalised word. Undefined entries mean no span covers the word.
 */
export function spanFlags(
  words: readonly string[],
  lower: readonly string[],
  gaz: Gazetteer,
): Array<number[] | undefined> {
  const flags: Array<number[] | undefined> = new Array<number[] | undefined>(words.length);
  const limit = Math.min(MAX_SPAN_WORDS, gaz.maxWords);
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i] ?? '')) continue;
    let key = '';
    let best = 0;
    let kind: keyof typeof SPAN_FLAGS = 'loc';
    for (let n = 1; n <= limit && i + n <= words.length; n++) {
      key = n === 1 ? (lower[i] ?? '') : `${key} ${lower[i + n - 1] ?? ''}`;
      if (gaz.place.has(key)) [best, kind] = [n, 'loc'];
      else if (gaz.org.has(key)) [best, kind] = [n, 'org'];
      if (!gaz.prefixes.has(key)) break;
    }
    const hashes = SPAN_FLAGS[kind];
    for (let k = 0; k < best; k++) {
      const flag = k > 0 ? hashes[1] : best === 1 ? hashes[2] : hashes[0];
      (flags[i + k] ??= []).push(flag);
    }
  }
  return flags;
}
