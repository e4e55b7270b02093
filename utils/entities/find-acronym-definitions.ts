import type { RawMention } from './raw-mention';
import { nameKey } from './raw-mention';
import type { Token } from './tokenize';

/** An acronym as written in a definition: 2–8 capitals, digits, dots or ampersands ("KCNA", "U.N.", "AT&T"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}.&]{1,7}$/u;
const NOT_LETTER = /[^\p{Lu}\p{N}]/gu;
const CAPITALISED = /^\p{Lu}/u;

/** Initials of a name's capitalised words: "Korean Central News Agency" → "KCNA". */
export function initialsOf(tokens: readonly Token[]): string {
  return tokens
    .filter((token) => CAPITALISED.test(token.text))
    .map((token) => token.text.charAt(0))
    .join('');
}

/** Letters of an acronym without dots: "U.N." → "UN". */
export const acronymLetters = (text: string): string => text.replace(NOT_LETTER, '');

/** Longest stretch a name is widened to the left to match its acronym, in words ("Korean" in "KCNA"). */
const MAX_EXTENSION = 3;

/**
 * Widens a name to the left over capitalised words when that makes its initials spell the acronym: the tagger often
 * leaves out a leading adjective ("Korean Central News Agency (KCNA)" tagged from "Central").
 */
function extendToInitials(mention: RawMention, tokens: readonly Token[], first: number, letters: string): void {
  for (let n = 1; n <= MAX_EXTENSION && first - n >= 0; n++) {
    const wider = tokens.slice(first - n, first).concat(mention.tokens);
    if (!CAPITALISED.test(wider[0]?.text ?? '')) return;
    if (initialsOf(wider) === letters) {
      mention.tokens = wider;
      return;
    }
  }
}

/**
 * Short forms defined in parentheses right after a name, "Korean Central News Agency (KCNA)": the acronym becomes a
 * mention of the same type, marked as standing for the name, when its first letter is the name's first initial.
 */
export function findAcronymDefinitions(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  const byEnd = new Map(mentions.map((mention) => [mention.tokens[mention.tokens.length - 1]?.end, mention]));
  const found: RawMention[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const [open, inner, close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (open?.text !== '(' || close?.text !== ')' || !inner || !ACRONYM.test(inner.text)) continue;
    const mention = byEnd.get(tokens[i - 1]?.end);
    if (!mention) continue;
    extendToInitials(mention, tokens, i - mention.tokens.length, acronymLetters(inner.text));
    const initials = initialsOf(mention.tokens);
    if (mention.tokens.length < 2 || acronymLetters(inner.text).charAt(0) !== initials.charAt(0)) continue;
    found.push({
      tokens: [inner],
      type: mention.type,
      definedAs: nameKey(mention.tokens),
      ...(mention.commentId ? { commentId: mention.commentId } : {}),
    });
  }
  return found;
}
