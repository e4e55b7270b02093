import type { Gazetteer } from './gazetteer';
import { wordKey, type RawMention } from './raw-mention';
import type { Token } from './tokenize';

/** Most words before the hyphen read as the first place's name ("North" + "Korea-Russia"). */
const MAX_LEADING_WORDS = 2;
const CAPITALISED = /^\p{Lu}/u;
const CAPITALISED_PAIR = /^\p{Lu}[\p{L}.]*-\p{Lu}[\p{L}.]*$/u;

/** Two places written as one hyphenated word, with the words before it that belong to the first one. */
function placePair(tokens: readonly Token[], i: number, gaz: Gazetteer): RawMention[] | undefined {
  const token = tokens[i];
  if (!token || !CAPITALISED_PAIR.test(token.text)) return undefined;
  const cut = token.text.indexOf('-');
  const left = token.text.slice(0, cut);
  const right = token.text.slice(cut + 1);
  if (!gaz.place.has(wordKey(right))) return undefined;
  const leftToken: Token = { text: left, start: token.start, end: token.start + cut };
  const rightToken: Token = { text: right, start: token.start + cut + 1, end: token.end };
  // Longest run of capitalised words before the hyphen that, with its left half, names a place.
  for (let n = Math.min(MAX_LEADING_WORDS, i); n >= 0; n--) {
    const before = tokens.slice(i - n, i);
    if (before.some((word) => !CAPITALISED.test(word.text))) continue;
    const key = [...before.map((word) => wordKey(word.text)), wordKey(left)].join(' ');
    if (gaz.place.has(key)) {
      return [
        { tokens: [...before, leftToken], type: 'place' },
        { tokens: [rightToken], type: 'place' },
      ];
    }
  }
  return undefined;
}

/**
 * Hyphenated pairs of places ("North Korea-Russia frontier", "Russia-Ukraine talks") are two places, not one name:
 * replaces any mention overlapping such a word with the two places. Expects and returns mentions in text order.
 */
export function splitPlacePairs(
  mentions: readonly RawMention[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): RawMention[] {
  const pairs: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.text.includes('-')) pairs.push(...(placePair(tokens, i, gaz) ?? []));
  }
  if (pairs.length === 0) return [...mentions];
  const starts = pairs.map((pair) => pair.tokens[0]?.start ?? 0);
  const ends = pairs.map((pair) => pair.tokens[pair.tokens.length - 1]?.end ?? 0);
  const overlaps = (mention: RawMention): boolean => {
    const start = mention.tokens[0]?.start ?? 0;
    const end = mention.tokens[mention.tokens.length - 1]?.end ?? 0;
    return starts.some((s, k) => start < (ends[k] ?? 0) && s < end);
  };
  return [...mentions.filter((mention) => !overlaps(mention)), ...pairs].sort(
    (a, b) => (a.tokens[0]?.start ?? 0) - (b.tokens[0]?.start ?? 0),
  );
}
