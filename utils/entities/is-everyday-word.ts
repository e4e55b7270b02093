import type { Gazetteer } from './gazetteer';
import { KNOWN_ORGS } from './known-orgs';
import { nameKey, type RawMention } from './raw-mention';

/** A word in capitals throughout ("NATO", "DORK"): an acronym or shouting, never an everyday word capitalised. */
const ALL_CAPS = /^\p{Lu}+$/u;

/**
 * Whether a one-word mention is an everyday word capitalised only to open a sentence or for emphasis ("Little",
 * "Will", "Next"): one the training text writes mostly in lowercase, and no known place or organization.
 */
export function isEverydayWord(mention: RawMention, gaz: Gazetteer): boolean {
  if (mention.tokens.length !== 1) return false;
  const text = mention.tokens[0]?.text ?? '';
  const key = nameKey(mention.tokens);
  return !ALL_CAPS.test(text) && gaz.common.has(key) && !gaz.place.has(key) && !KNOWN_ORGS.has(key);
}
