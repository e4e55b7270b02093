import { TITLE_WORDS } from './cue-words';
import type { Gazetteer } from './gazetteer';
import { isCapitalised } from './gazetteer-flags';
import { wordKey, type RawMention } from './raw-mention';
import type { Token } from './tokenize';

/**
 * Last words that make a capitalised name an organization whatever else it looks like ("Kelby Records", "Marren
 * Orchestra", "Dorvan Academy"). Narrower than `ORG_HEAD_WORDS`: no word that also ends places, events or papers
 * ("Soviet Union", "Yalta Conference", "Washington Post").
 */
const STRONG_HEADS = new Set(
  `band orchestra records school college academy institute university society association council committee party
  agency department ministry bureau commission corporation club brotherhood federation foundation`.split(/\s+/),
);
/** Most capitalised words taken before the head word ("Robert C. Byrd National Aerospace Education Center"). */
const MAX_WORDS_BEFORE = 4;
const SENTENCE_END = /^[.!?]$/;

/**
 * Organizations named by a capitalised run ending in an organization word: retypes people and places the tagger
 * gave such a name ("Marren Orchestra" as a person), and adds runs it left untagged ("the Pre-Raphaelite
 * Brotherhood"). One word alone ("the Council") is not a name. Expects and returns mentions in text order.
 */
export function findHeadedOrgs(
  mentions: readonly RawMention[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): RawMention[] {
  const covered = new Set<number>();
  const revised = mentions.map((mention) => {
    for (const token of mention.tokens) covered.add(token.start);
    const last = wordKey(mention.tokens[mention.tokens.length - 1]?.text ?? '');
    const retype = mention.type !== 'organization' && mention.tokens.length > 1 && STRONG_HEADS.has(last);
    return retype ? { ...mention, type: 'organization' as const } : mention;
  });
  const found: RawMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i];
    if (!head || covered.has(head.start) || !isCapitalised(head.text) || !STRONG_HEADS.has(wordKey(head.text)))
      continue;
    let from = i;
    for (let j = i - 1; j >= 0 && i - j <= MAX_WORDS_BEFORE; j--) {
      const token = tokens[j];
      const key = wordKey(token?.text ?? '');
      if (!token || covered.has(token.start) || !isCapitalised(token.text) || key === 'the' || TITLE_WORDS.has(key))
        break;
      const opens = j === 0 || SENTENCE_END.test(tokens[j - 1]?.text ?? '');
      if (opens && gaz.common.has(key)) break;
      from = j;
    }
    if (from < i) found.push({ tokens: tokens.slice(from, i + 1), type: 'organization' });
  }
  if (found.length === 0) return revised;
  return [...revised, ...found].sort((a, b) => (a.tokens[0]?.start ?? 0) - (b.tokens[0]?.start ?? 0));
}
