import { KNOWN_ORGS } from './cue-words';
import type { Gazetteer } from './gazetteer';
import { nameKey, type RawMention } from './raw-mention';
import type { Token } from './tokenize';

/** Words that make a nationality regional without making it a place name ("North Korean", "South Korean"). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
const HYPHEN_HEAD = /^[^-]+/;

/** Whether a mention is only a nationality or adjective ("Russian", "North Korean", "Russian-backed"): CoNLL MISC. */
function isNationality(mention: RawMention, gaz: Gazetteer): boolean {
  const words = mention.tokens.map((token) => token.text.toLowerCase().match(HYPHEN_HEAD)?.[0] ?? '');
  const last = words[words.length - 1] ?? '';
  if (!gaz.nationality.has(last) || gaz.place.has(nameKey(mention.tokens))) return false;
  return words.slice(0, -1).every((word) => DIRECTIONS.has(word));
}

/**
 * Sentence-level repairs of the tagger's output: drops nationalities typed as places, types well-known
 * organizations as organizations, joins a single word split off a person ("Vladimir" + "Putin"), and takes a
 * nationality right before an organization into its name ("Korean" + "Central News Agency").
 */
export function reviseMentions(mentions: readonly RawMention[], tokens: readonly Token[], gaz: Gazetteer): RawMention[] {
  const position = new Map(tokens.map((token, i) => [token.start, i]));
  const revised: RawMention[] = [];
  for (const mention of mentions) {
    if (isNationality(mention, gaz)) continue;
    const key = nameKey(mention.tokens);
    const typed: RawMention = KNOWN_ORGS.has(key) ? { ...mention, type: 'organization' } : mention;
    const prev = revised[revised.length - 1];
    const prevEnd = prev ? (position.get(prev.tokens[prev.tokens.length - 1]?.start ?? -1) ?? -2) : -2;
    const here = position.get(typed.tokens[0]?.start ?? -1) ?? -1;
    const loneWord = prev?.tokens.length === 1 && !KNOWN_ORGS.has(nameKey(prev.tokens));
    if (prev && loneWord && typed.type === 'person' && prevEnd + 1 === here) {
      revised[revised.length - 1] = { ...typed, tokens: [...prev.tokens, ...typed.tokens] };
      continue;
    }
    const before = tokens[here - 1];
    if (typed.type === 'organization' && before && gaz.nationality.has(before.text.toLowerCase()) && prevEnd < here - 1) {
      revised.push({ ...typed, tokens: [before, ...typed.tokens] });
      continue;
    }
    revised.push(typed);
  }
  return revised;
}
