import { TAGGER_ORGS } from './known-orgs';

/** The shipped name lists as stored: lowercase entries joined with "\n" (compact in JSON and quick to split). */
export interface GazetteerData {
  first: string;
  surname: string;
  place: string;
  nationality: string;
  /** Country names (and the home nations that field their own teams): a team named so is the country. */
  country: string;
  /** Everyday words, written mostly in lowercase in the training text (`scripts/ner/common-words.ts`). */
  common: string;
}

/** Name lists ready for lookup; keys are lowercase, multi-word entries joined by single spaces. */
export interface Gazetteer {
  first: ReadonlySet<string>;
  surname: ReadonlySet<string>;
  place: ReadonlySet<string>;
  nationality: ReadonlySet<string>;
  country: ReadonlySet<string>;
  common: ReadonlySet<string>;
  org: ReadonlySet<string>;
  /** Longest entry of `place` or `org`, in words: bounds the span lookups. */
  maxWords: number;
  /** Every proper word prefix of a multi-word place or organization ("new", "new york"): ends lookups early. */
  prefixes: ReadonlySet<string>;
}

const toSet = (list: string): Set<string> => new Set(list.split('\n').filter((entry) => entry.length > 0));

/** Builds lookup sets from the stored lists, adding the hand-written organization list. */
export function buildGazetteer(data: GazetteerData): Gazetteer {
  const place = toSet(data.place);
  let maxWords = 1;
  const prefixes = new Set<string>();
  for (const entry of [...place, ...TAGGER_ORGS]) {
    const words = entry.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return {
    first: toSet(data.first),
    surname: toSet(data.surname),
    place,
    nationality: toSet(data.nationality),
    country: toSet(data.country),
    common: toSet(data.common),
    org: TAGGER_ORGS,
    maxWords,
    prefixes,
  };
}
