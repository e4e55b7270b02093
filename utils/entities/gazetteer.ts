import { runSteps, type Steps } from '../steps/steps';
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
  return runSteps(buildGazetteerSteps(data));
}

/**
 * `buildGazetteer` step by step (see `Steps`): a step per name list (the largest holds tens of thousands of names, a
 * few ms to split and hash), so the panel does not build them all in one task on the host page.
 */
export function* buildGazetteerSteps(data: GazetteerData): Steps<Gazetteer> {
  const place = toSet(data.place);
  yield;
  let maxWords = 1;
  const prefixes = new Set<string>();
  for (const entry of [...place, ...TAGGER_ORGS]) {
    const words = entry.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  yield;
  const first = toSet(data.first);
  yield;
  const surname = toSet(data.surname);
  yield;
  const nationality = toSet(data.nationality);
  const country = toSet(data.country);
  yield;
  const common = toSet(data.common);
  return { first, surname, place, nationality, country, common, org: TAGGER_ORGS, maxWords, prefixes };
}
