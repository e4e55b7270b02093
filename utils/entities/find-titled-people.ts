import { ORG_HEAD_WORDS, PERSON_TITLES, TITLE_WORDS } from './cue-words';
import { KNOWN_ORGS } from './known-orgs';
import type { Gazetteer } from './gazetteer';
import { isCapitalised } from './gazetteer-flags';
import { wordKey, type RawMention } from './raw-mention';
import type { Token } from './tokenize';

/** Longest name taken after a title, in words ("Kim Myong Sik"). */
const MAX_NAME_WORDS = 3;
/** A name word: a capital, then letters, apostrophes or hyphens ("Jae-yong", "O'Neil"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * News cues the tagger may miss: capitalised words right after a personal title ("Chinese President Xi Jinping")
 * or right before ", spokesperson/leader/…" ("Jeon Ha Gyu, spokesperson of …") name a person. Only words no
 * other mention covers, and not known places, nationalities, titles or organizations.
 */
export function findTitledPeople(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  gaz: Gazetteer,
): RawMention[] {
  if (tokens.length === 0) return [];
  const covered = new Set<number>();
  for (const mention of mentions) for (const token of mention.tokens) covered.add(token.start);
  const isNameWord = (token: Token | undefined): token is Token => {
    if (!token || !isCapitalised(token.text) || covered.has(token.start) || !NAME_WORD.test(token.text)) return false;
    const key = wordKey(token.text);
    return !(gaz.place.has(key) || gaz.nationality.has(key) || TITLE_WORDS.has(key) || KNOWN_ORGS.has(key));
  };
  const found: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i])) continue;
    let end = i;
    while (end + 1 < tokens.length && end - i + 1 < MAX_NAME_WORDS && isNameWord(tokens[end + 1])) end++;
    const before = tokens[i - 1]?.text.toLowerCase() ?? '';
    const after = tokens[end + 1];
    const next = tokens[end + 2]?.text.toLowerCase() ?? '';
    const titled = PERSON_TITLES.has(before) && !ORG_HEAD_WORDS.has(after?.text.toLowerCase() ?? '');
    const apposed = end > i && after?.text === ',' && PERSON_TITLES.has(next);
    if (titled || apposed) found.push({ tokens: tokens.slice(i, end + 1), type: 'person' });
    i = end;
  }
  return found;
}
