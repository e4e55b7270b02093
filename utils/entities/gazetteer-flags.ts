import { ORG_HEAD_WORDS, TITLE_WORDS } from './cue-words';
import type { Gazetteer } from './gazetteer';

/** Longest place or organization name looked up, in words ("Democratic People's Republic of Korea"). */
const MAX_SPAN_WORDS = 6;
/** Distinct words whose flags are remembered before the cache is emptied (bounded memory on huge pages). */
const CACHE_LIMIT = 50_000;
const CAPITALISED = /^\p{Lu}/u;
const NO_FLAGS: readonly string[] = [];

/** Whether a word starts with a capital; ASCII checked by code, the Unicode regex only for the rest. */
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITALISED.test(word);
}

let cacheOwner: Gazetteer | undefined;
const cache = new Map<string, readonly string[]>();

/** Flags that depend on the word alone (cached per word, per gazetteer). */
function wordFlags(word: string, key: string, gaz: Gazetteer): readonly string[] {
  if (cacheOwner !== gaz || cache.size >= CACHE_LIMIT) [cacheOwner] = [gaz, cache.clear()];
  const cached = cache.get(word);
  if (cached) return cached;
  const flags: string[] = [];
  if (TITLE_WORDS.has(key)) flags.push('title');
  if (isCapitalised(word)) {
    if (gaz.first.has(key)) flags.push('fn');
    if (gaz.surname.has(key)) flags.push('sn');
    if (gaz.nationality.has(key)) flags.push('nat');
    if (ORG_HEAD_WORDS.has(key)) flags.push('orghead');
  }
  const result = flags.length ? flags : NO_FLAGS;
  cache.set(word, result);
  return result;
}

/** Marks the longest gazetteer span (place or organization) starting at each capitalised word, B/I style. */
function markSpans(lower: readonly string[], words: readonly string[], gaz: Gazetteer, flags: string[][]): void {
  const limit = Math.min(MAX_SPAN_WORDS, gaz.maxWords);
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i] ?? '')) continue;
    let key = '';
    let best = 0;
    let kind = '';
    for (let n = 1; n <= limit && i + n <= words.length; n++) {
      key = n === 1 ? (lower[i] ?? '') : `${key} ${lower[i + n - 1] ?? ''}`;
      if (gaz.place.has(key)) [best, kind] = [n, 'loc'];
      else if (gaz.org.has(key)) [best, kind] = [n, 'org'];
      if (!gaz.prefixes.has(key)) break;
    }
    for (let k = 0; k < best; k++) flags[i + k]?.push(`${kind}-${k === 0 ? 'b' : 'i'}${best === 1 ? '1' : ''}`);
  }
}

/**
 * Gazetteer and cue-word evidence for each word of a sentence, as short flag strings the tagger turns into
 * features: `fn`/`sn` first name/surname, `nat` nationality, `title`, `orghead`, and place/org spans.
 */
export function gazetteerFlags(words: readonly string[], lower: readonly string[], gaz: Gazetteer): string[][] {
  const flags = words.map((word, i) => [...wordFlags(word, lower[i] ?? '', gaz)]);
  markSpans(lower, words, gaz, flags);
  return flags;
}
