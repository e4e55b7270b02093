import { PLACE_LAST_WORDS } from './cue-words';
import type { Gazetteer } from './gazetteer';
import { KNOWN_ORGS } from './known-orgs';
import { nameKey, type RawMention } from './raw-mention';

/** A word in capitals throughout ("NATO", "DORK"): an acronym or shouting, never an everyday word capitalised. */
const ALL_CAPS = /^\p{Lu}+$/u;

/** Acronyms of things, not of organizations (general knowledge): "a former reality TV host", "the CEO said". */
const EVERYDAY_ACRONYMS = new Set(
  `tv ceo cfo coo cto gdp gnp aids hiv dna rna dvd gmt utc vat ipo faq lol omg wtf imo imho btw rip pdf gps atm
  suv ufo iq pc mp mps cpi lng lpg icbm icbms ngo ngos`.split(/\s+/),
);

/**
 * Whether a one-word mention is an everyday word capitalised only to open a sentence or for emphasis ("Little",
 * "Will", "Next"): one the training text writes mostly in lowercase, and no known place or organization; or an
 * acronym of a thing ("TV", "CEO"); or a bare geographic word ("The Island is linked to the mainland").
 */
export function isEverydayWord(mention: RawMention, gaz: Gazetteer): boolean {
  if (mention.tokens.length !== 1) return false;
  const text = mention.tokens[0]?.text ?? '';
  const key = nameKey(mention.tokens);
  if (EVERYDAY_ACRONYMS.has(key) || (PLACE_LAST_WORDS.has(key) && !ALL_CAPS.test(text))) return true;
  return !ALL_CAPS.test(text) && gaz.common.has(key) && !gaz.place.has(key) && !KNOWN_ORGS.has(key);
}
