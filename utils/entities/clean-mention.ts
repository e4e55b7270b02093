import type { EntityType } from '../model';
import { TITLE_WORDS } from './cue-words';
import type { Token } from './tokenize';

/** Leading words dropped from every name: articles are not part of "Kremlin" or "Associated Press". */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Tokens that never end a name: possessive endings and punctuation the tagger swept in. */
const TRAILING = /^(?:['’][sS]?|[\p{P}\p{S}])$/u;
const LEADING = /^[\p{P}\p{S}]$/u;
const LOWERCASE = /^\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;

/**
 * Trims a tagged span to the name itself: drops leading articles and punctuation, trailing possessives and
 * punctuation, and, for people, leading titles ("President", "Kremlin spokesperson"). Returns the kept tokens, or
 * undefined when nothing name-like remains.
 */
export function cleanMention(tokens: readonly Token[], type: EntityType): Token[] | undefined {
  let from = 0;
  let to = tokens.length;
  const lower = (i: number): string => tokens[i]?.text.toLowerCase() ?? '';
  // Lowercase words at the edges are descriptions the tagger swept in ("Chosun Ilbo newspaper", "the").
  const trailing = (i: number): boolean => TRAILING.test(tokens[i]?.text ?? '') || LOWERCASE.test(tokens[i]?.text ?? '');
  while (to > from && trailing(to - 1)) to--;
  while (from < to && (ARTICLES.has(lower(from)) || LEADING.test(tokens[from]?.text ?? ''))) from++;
  if (type === 'person') {
    // Titles come before the name ("Kremlin spokesperson Dmitry Peskov"): start after the last one, but keep the
    // last word even if it looks like a title ("Stephen King").
    for (let i = to - 2; i >= from; i--) {
      if (TITLE_WORDS.has(lower(i))) {
        from = i + 1;
        break;
      }
    }
  }
  const kept = tokens.slice(from, to);
  if (!kept.some((token) => HAS_LETTER.test(token.text))) return undefined;
  if (!CAPITALISED.test(kept[0]?.text ?? '')) return undefined;
  return kept;
}
