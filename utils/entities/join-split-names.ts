import { KNOWN_ORGS } from './known-orgs';
import { nameKey, type RawMention } from './raw-mention';

/**
 * Joins a one-word mention to the person mention right after it (one space apart) into one person: the tagger
 * sometimes types a first name on its own ("Vladimir", a city too) and the surname as a person. Expects and
 * returns mentions in text order.
 */
export function joinSplitNames(mentions: readonly RawMention[]): RawMention[] {
  const joined: RawMention[] = [];
  for (const mention of mentions) {
    const prev = joined[joined.length - 1];
    const prevEnd = prev?.tokens[prev.tokens.length - 1]?.end ?? -2;
    const lone = prev?.tokens.length === 1 && !KNOWN_ORGS.has(nameKey(prev.tokens));
    const adjacent = prevEnd + 1 === mention.tokens[0]?.start && prev?.commentId === mention.commentId;
    if (prev && lone && adjacent && mention.type === 'person') {
      joined[joined.length - 1] = { ...mention, tokens: [...prev.tokens, ...mention.tokens] };
    } else {
      joined.push(mention);
    }
  }
  return joined;
}
