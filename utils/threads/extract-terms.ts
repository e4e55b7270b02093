import { SUFFIXED_WORD_PATTERN } from '../text/word-pattern';

/**
 * Function words and chat filler that say nothing about what a comment is about. English only: on other languages
 * the overlap evidence simply relies on IDF, which already makes frequent words weigh little.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'about above after again against all also although always am among an and another any anyone anything are ' +
    "aren't around as at away back be because been before being below between both but by can can't cannot " +
    "could couldn't did didn't do does doesn't doing don't done down during each either else enough even ever every " +
    'few for from further get gets getting go goes going gone gonna got had has have having he her here hers herself ' +
    "him himself his how however i i'm if in into is isn't it it's its itself just least less let lets like lot make " +
    'many may me might more most much must my myself neither never no nor not now of off often on once one only or ' +
    'other others our ours ourselves out over own per perhaps quite rather really said same say says see seem seems ' +
    "she should so some something still such than that that's the their theirs them themselves then there there's " +
    "these they they're thing things this those though through thus to too under until up upon very via was wasn't " +
    "way we were weren't what when where whether which while who whole whom whose why will with within without won't " +
    "would wouldn't yes yet you you're your yours yourself yeah ok okay lol well sure maybe"
  ).split(' '),
);

/** Words shorter than this (characters) are mostly particles and acronyms too ambiguous to link comments. */
const MIN_TERM_CHARS = 3;

const POSSESSIVE = /['’]s$/;
const DIGITS = /^\p{N}+$/u;
const IES = /ies$/;
const ES_AFTER_SIBILANT = /(?:ss|x|ch|sh)es$/;
const NOT_PLURAL_S = /(?:ss|us|is)$/;

/** Folds the commonest English inflections so "reparations" meets "reparation" and "countries" meets "country". */
function stem(word: string): string {
  const base = word.replace(POSSESSIVE, '');
  if (base.length > 4 && IES.test(base)) return `${base.slice(0, -3)}y`;
  if (base.length > 4 && ES_AFTER_SIBILANT.test(base)) return base.slice(0, -2);
  if (base.length > 3 && base.endsWith('s') && !NOT_PLURAL_S.test(base)) return base.slice(0, -1);
  return base;
}

/**
 * The content terms of a text in reading order, one slot per word: stop words and bare numbers leave an empty
 * slot ('') so distances between terms stay distances in words.
 */
export function termSequence(text: string): string[] {
  const slots: string[] = [];
  for (const match of text.matchAll(SUFFIXED_WORD_PATTERN)) slots.push(slotOf(match[0]));
  return slots;
}

/**
 * Distinct words remembered (count) before the cache starts over: a page's vocabulary is far smaller than its word
 * count, so most words are looked up, not lower-cased and stemmed again; the bound keeps memory flat on 10 MB input.
 */
const SLOT_CACHE_LIMIT = 50_000;
const slotCache = new Map<string, string>();

/** The slot of one word as written: its term, or '' for stop words, bare numbers and short words. */
function slotOf(written: string): string {
  let slot = slotCache.get(written);
  if (slot === undefined) {
    const word = written.toLowerCase().replace('’', "'");
    const term = STOP_WORDS.has(word) || DIGITS.test(word) ? '' : stem(word);
    slot = term.length >= MIN_TERM_CHARS && !STOP_WORDS.has(term) ? term : '';
    if (slotCache.size >= SLOT_CACHE_LIMIT) slotCache.clear();
    slotCache.set(written, slot);
  }
  return slot;
}

/** The distinct content terms of a text: lower-cased, stop words and bare numbers dropped, lightly stemmed. */
export function extractTerms(text: string): string[] {
  return [...new Set(termSequence(text))].filter(Boolean);
}
