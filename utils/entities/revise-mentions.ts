import { GROUP_WORDS, LEGAL_FORMS, ORG_HEAD_WORDS, TITLE_WORDS } from './cue-words';
import { KNOWN_ORGS } from './known-orgs';
import type { Gazetteer } from './gazetteer';
import { joinCoordinatedOrgs } from './join-coordinated-orgs';
import { joinSplitNames } from './join-split-names';
import { nameKey, wordKey, type RawMention } from './raw-mention';
import type { Token } from './tokenize';

/** Words that make a nationality regional without making it a place name ("North Korean", "South Korean"). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
/** Words the tagger takes for places on their own that are adjectives or halves of a name ("Western", "North"). */
const NOT_ALONE = new Set([
  'north',
  'south',
  'northern',
  'southern',
  'eastern',
  'western',
  'soviet',
  'european',
  'african',
  'asian',
  'arab',
]);
const HYPHEN_HEAD = /^[^-]+/;
/** Most words a person's name is extended by to the right ("Kim" → "Kim Jong Un"). */
const MAX_NAME_EXTENSION = 2;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}*$/u;
const POSSESSIVE = /^['’]s$/u;
/** Capitalised words that follow names without being part of them. */
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/**
 * Extends a person's name over the capitalised words right after it that the tagger left out ("Kim" + "Jong Un"),
 * unless they are known to be something else (a place, a nationality, a title, a weekday).
 */
function extendPerson(mention: RawMention, tokens: readonly Token[], end: number, gaz: Gazetteer): RawMention {
  const extra: Token[] = [];
  for (let i = end + 1; i < tokens.length && extra.length < MAX_NAME_EXTENSION; i++) {
    const token = tokens[i];
    const key = token?.text.toLowerCase() ?? '';
    if (!token || !CAPITALISED_WORD.test(token.text) || gaz.place.has(key) || gaz.nationality.has(key)) break;
    if (TITLE_WORDS.has(key) || CALENDAR.has(key)) break;
    extra.push(token);
  }
  return extra.length ? { ...mention, tokens: [...mention.tokens, ...extra] } : mention;
}

/**
 * Whether a mention is only a nationality, a religious or ethnic group or an adjective ("Russian", "North Korean",
 * "Russian-backed", "Kurds"): CoNLL MISC.
 */
function isNationality(mention: RawMention, gaz: Gazetteer): boolean {
  const words = mention.tokens.map((token) => token.text.toLowerCase().match(HYPHEN_HEAD)?.[0] ?? '');
  const last = words[words.length - 1] ?? '';
  if (words.length === 1 && NOT_ALONE.has(last)) return true;
  const group = gaz.nationality.has(last) || GROUP_WORDS.has(last);
  if (!group || gaz.place.has(nameKey(mention.tokens))) return false;
  return words.slice(0, -1).every((word) => DIRECTIONS.has(word));
}

/**
 * A nationality glued to a person's name ("German Tomas Haas", "American Pete Sampras" in sports copy) is not part
 * of it: when the next word is a known first name, the rest is the person.
 */
function withoutNationality(mention: RawMention, gaz: Gazetteer): RawMention {
  const [first, given] = mention.tokens;
  if (mention.tokens.length < 3 || !first || !given || mention.type === 'organization') return mention;
  if (!gaz.nationality.has(wordKey(first.text)) || !gaz.first.has(wordKey(given.text))) return mention;
  return { ...mention, type: 'person', tokens: mention.tokens.slice(1) };
}

/** Index of the token starting at an offset, found by binary search (tokens are in text order); undefined if none. */
function tokenIndex(tokens: readonly Token[]): { get: (start: number) => number | undefined } {
  return {
    get(start: number): number | undefined {
      let lo = 0;
      let hi = tokens.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = tokens[mid]?.start ?? 0;
        if (at === start) return mid;
        if (at < start) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
  };
}

/**
 * Sentence-level repairs of the tagger's output: drops nationalities typed as places, types well-known organizations
 * and names followed by a legal form ("Faber GmbH") as organizations, extends people over the rest of their name ("Kim"
 * + "Jong Un"), and takes a nationality right before an organization into its name ("Korean" + "Central News Agency").
 */
export function reviseMentions(
  mentions: readonly RawMention[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): RawMention[] {
  if (mentions.length === 0) return [];
  const position = tokenIndex(tokens);
  const revised: RawMention[] = [];
  for (const tagged of mentions) {
    if (isNationality(tagged, gaz)) continue;
    const mention = withoutNationality(tagged, gaz);
    const key = nameKey(mention.tokens);
    const end = position.get(mention.tokens[mention.tokens.length - 1]?.start ?? -1) ?? tokens.length;
    const suffix = tokens[end + 1];
    const head = tokens[end + 2];
    // "Korean People's Army", "Workers' Party": a possessive before an organization word inside one name.
    const possessiveOrg =
      suffix &&
      head &&
      POSSESSIVE.test(suffix.text) &&
      ORG_HEAD_WORDS.has(wordKey(head.text)) &&
      CAPITALISED_WORD.test(head.text) &&
      mention.type !== 'person' &&
      !gaz.place.has(key);
    const typed: RawMention = possessiveOrg
      ? { ...mention, type: 'organization', tokens: [...mention.tokens, suffix, head] }
      : suffix && LEGAL_FORMS.has(suffix.text.toLowerCase())
        ? { ...mention, type: 'organization', tokens: [...mention.tokens, suffix] }
        : KNOWN_ORGS.has(key)
          ? { ...mention, type: 'organization' }
          : gaz.country.has(key)
            ? { ...mention, type: 'place' }
            : mention.type === 'person'
              ? extendPerson(mention, tokens, end, gaz)
              : mention;
    const here = position.get(typed.tokens[0]?.start ?? -1) ?? -1;
    const prev = revised[revised.length - 1];
    const prevEnd = prev ? (position.get(prev.tokens[prev.tokens.length - 1]?.start ?? -1) ?? -2) : -2;
    // A person extended over the next words already holds this mention.
    if (here <= prevEnd) continue;
    const before = tokens[here - 1];
    if (
      typed.type === 'organization' &&
      before &&
      gaz.nationality.has(before.text.toLowerCase()) &&
      prevEnd < here - 1
    ) {
      revised.push({ ...typed, tokens: [before, ...typed.tokens] });
      continue;
    }
    revised.push(typed);
  }
  return joinCoordinatedOrgs(joinSplitNames(revised), tokens);
}
