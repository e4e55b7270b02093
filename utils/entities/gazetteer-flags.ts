import { ORG_HEAD_WORDS, TITLE_WORDS } from './cue-words';
import type { Gazetteer } from './gazetteer';

/** Longest place or organization name looked up, in words ("Democratic People's Republic of Korea"). */
const MAX_SPAN_WORDS = 6;
const CAPITALISED = /^\p{Lu}/u;

/** Marks the longest gazetteer span (place or organization) starting at each capitalised word, B/I style. */
function markSpans(lower: readonly string[], words: readonly string[], gaz: Gazetteer, flags: string[][]): void {
  const limit = Math.min(MAX_SPAN_WORDS, gaz.maxWords);
  for (let i = 0; i < words.length; i++) {
    if (!CAPITALISED.test(words[i] ?? '')) continue;
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
  const flags = words.map((): string[] => []);
  for (let i = 0; i < words.length; i++) {
    const key = lower[i] ?? '';
    const own = flags[i] ?? [];
    if (TITLE_WORDS.has(key)) own.push('title');
    if (!CAPITALISED.test(words[i] ?? '')) continue;
    if (gaz.first.has(key)) own.push('fn');
    if (gaz.surname.has(key)) own.push('sn');
    if (gaz.nationality.has(key)) own.push('nat');
    if (ORG_HEAD_WORDS.has(key)) own.push('orghead');
  }
  markSpans(lower, words, gaz, flags);
  return flags;
}
