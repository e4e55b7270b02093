import type { Gazetteer } from './gazetteer';
import { KNOWN_ORGS } from './known-orgs';
import type { Token } from './tokenize';

/** Share of a line's words in capitals above which the line is a headline written in capitals. */
const SHOUTING_SHARE = 0.6;
/** Fewest words in capitals for a line to count as written in capitals ("BRIEFLY" alone is not). */
const SHOUTING_MIN = 2;
/** Longest all-capitals word kept as an acronym when it is a known organization ("NATO", "OPEC"), in letters. */
const ACRONYM_MAX = 5;
/** Shortest all-capitals place name read back in normal case in ordinary text ("LONDON 1996-08-30"), in letters. */
const PLACE_MIN = 4;
/** A word of two or more characters with capitals and no lowercase letter ("EDGE", "ITAR-TASS", "'S"). */
const ALL_CAPS = /^(?=.*\p{Lu}.*\p{Lu}|['’]\p{Lu})[\p{Lu}\p{N}'’&-]+$/u;
/** Longest multi-word name looked up on a line in capitals, in words. */
const SPAN_MAX = 4;
/** What follows a dateline's place: a date ("1996-09-13", "Sept") or the agency in brackets. */
const DATELINE_NEXT = /^(?:\d{4}-\d\d-\d\d|\(|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;
/** Two capitals in a row somewhere: without them no word is in capitals. */
const TWO_CAPITALS = /\p{Lu}['’&-]?\p{Lu}/u;
const HAS_LETTER = /\p{L}\p{L}/u;
const WORD_START = /(^|[-&])(\p{L})/gu;

/** Whether the text between two offsets holds a line break (no string is built). */
function breaksLine(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 10) return true;
  return false;
}

const titleCase = (word: string): string =>
  word.toLowerCase().replace(WORD_START, (_, before: string, letter: string) => before + letter.toUpperCase());

/** How an all-capitals word reads in normal case: known acronyms kept, everyday words lowercase, the rest names. */
function normalCase(word: string, gaz: Gazetteer): string {
  const key = word.toLowerCase().replace(/’/g, "'");
  if (word.length <= ACRONYM_MAX && KNOWN_ORGS.has(key)) return word;
  if (gaz.common.has(key) && !gaz.place.has(key) && !KNOWN_ORGS.has(key)) return key;
  if (gaz.common.has(key) && gaz.place.has(key) && word.length < PLACE_MIN) return key;
  return titleCase(word);
}

/** Words in the longest multi-word place or known organization starting at token `from` (0 when none). */
function knownSpan(tokens: readonly Token[], from: number, end: number, gaz: Gazetteer): number {
  let key = tokens[from]?.text.toLowerCase() ?? '';
  let best = 0;
  for (let n = 2; n <= SPAN_MAX && from + n <= end; n++) {
    key += ` ${tokens[from + n - 1]?.text.toLowerCase() ?? ''}`;
    if (gaz.place.has(key) || KNOWN_ORGS.has(key)) best = n;
  }
  return best;
}

/** Whether token `k` opens a dateline: the line's first word, in capitals, before a date or "(" ("OSLO 1996-09-13"). */
function datelineAt(tokens: readonly Token[], k: number, lineStart: number, end: number, gaz: Gazetteer): boolean {
  const next = tokens[k + 1]?.text ?? '';
  return (
    k === lineStart && k + 1 < end && DATELINE_NEXT.test(next) && !gaz.common.has(tokens[k]?.text.toLowerCase() ?? '')
  );
}

/**
 * Reads text written in capitals as the tagger, trained on normal case, expects it: on a line that is mostly
 * capitals (a wire headline, "HALDEN EDGE MARLOW TO GO TOP"), all-capitals words become lowercase when they are
 * everyday words and capitalised otherwise; elsewhere, an all-capitals place name ("MOSCOW 1996-08-30") is
 * capitalised. Returns new tokens with the same offsets (the input is not changed); linear in the tokens.
 */
export function truecaseTokens(text: string, offset: number, tokens: readonly Token[], gaz: Gazetteer): Token[] {
  // Most text has no word in capitals at all: one scan of the text settles it.
  if (!TWO_CAPITALS.test(text)) return tokens as Token[];
  const out = [...tokens];
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token && !breaksLine(text, (tokens[i - 1]?.end ?? token.start) - offset, token.start - offset)) continue;
    let caps = 0;
    let words = 0;
    for (let k = lineStart; k < i; k++) {
      const word = tokens[k]?.text ?? '';
      if (!HAS_LETTER.test(word)) continue;
      words++;
      if (ALL_CAPS.test(word)) caps++;
    }
    const shouting = caps >= SHOUTING_MIN && caps >= SHOUTING_SHARE * words;
    let named = 0;
    for (let k = lineStart; k < i; k++) {
      const original = tokens[k];
      if (!original || !ALL_CAPS.test(original.text) || original.text.includes('.')) continue;
      const key = original.text.toLowerCase();
      // A place or organization of several words ("NEW YORK") is a name even when its words are everyday words.
      if (shouting && k >= named) named = k + knownSpan(tokens, k, i, gaz);
      const text = shouting
        ? k < named
          ? titleCase(original.text)
          : normalCase(original.text, gaz)
        : original.text.length >= PLACE_MIN &&
            !KNOWN_ORGS.has(key) &&
            (gaz.place.has(key) || datelineAt(tokens, k, lineStart, i, gaz))
          ? titleCase(original.text)
          : original.text;
      if (text !== original.text) out[k] = { ...original, text };
    }
    lineStart = i;
  }
  return out;
}
