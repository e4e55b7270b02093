import type { EntityType } from '../model';
import { ORG_HEAD_WORDS, PERSON_TITLES, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, TITLE_WORDS } from './cue-words';
import type { Token } from './tokenize';

/**
 * Leading words dropped from every name: articles are not part of "Kremlin" or "Associated Press", and function
 * words capitalised only because they open a sentence are not part of a name ("While Kim ...", "After Putin ...").
 */
const ARTICLES = new Set(
  'the a an while when after before as but and or if since although though because during this that these those his her their its our'.split(
    ' ',
  ),
);
/** Tokens that never end a name: possessive endings and punctuation the tagger swept in. */
const TRAILING = /^(?:['’][sS]?|[\p{P}\p{S}])$/u;
const LEADING = /^[\p{P}\p{S}]$/u;
const LOWERCASE = /^\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
/** Plural acronyms ("ICBMs", "NGOs") are things, not names. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** A tagged span trimmed to its name, with its (possibly corrected) type. */
export interface CleanedMention {
  tokens: Token[];
  type: EntityType;
}

/**
 * Trims a tagged span to the name itself: drops leading articles and punctuation, trailing possessives, punctuation
 * and lowercase words; for people, leading titles ("President", "Kremlin spokesperson"). A personal title inside a
 * place or organization span means the rest is a person ("Navy Admiral Kim Myong Sik"), and a place ending in an
 * organization word is an organization ("... Security Council"). Undefined when nothing name-like remains.
 */
export function cleanMention(tokens: readonly Token[], tagged: EntityType): CleanedMention | undefined {
  let from = 0;
  let to = tokens.length;
  let type = tagged;
  const lower = (i: number): string => tokens[i]?.text.toLowerCase() ?? '';
  const trailing = (i: number): boolean =>
    TRAILING.test(tokens[i]?.text ?? '') || LOWERCASE.test(tokens[i]?.text ?? '');
  while (to > from && trailing(to - 1)) to--;
  while (from < to && (ARTICLES.has(lower(from)) || LEADING.test(tokens[from]?.text ?? ''))) from++;
  // A personal title ends no organization or place: it belongs to the names after it ("... Army Marshals Ri").
  if (type !== 'person' && to - from > 1 && PERSON_TITLES.has(lower(to - 1))) {
    while (to > from && PERSON_TITLES.has(lower(to - 1))) to--;
    // What is left may be a bare organization word ("Army"), which names nothing by itself.
    if (to - from === 1 && ORG_HEAD_WORDS.has(lower(from))) return undefined;
  }
  if (type !== 'person' && !ORG_HEAD_WORDS.has(lower(to - 1))) {
    for (let i = to - 2; i >= from; i--) {
      if (PERSON_TITLES.has(lower(i))) [from, type] = [i + 1, 'person'];
      if (type === 'person') break;
    }
  }
  if (type === 'person') {
    // Titles come before the name: start after the last one, but keep the last word even if it looks like a
    // title ("Stephen King").
    for (let i = to - 2; i >= from; i--) {
      if (TITLE_WORDS.has(lower(i))) {
        from = i + 1;
        break;
      }
    }
  }
  if (type === 'place' && ORG_HEAD_WORDS.has(lower(to - 1))) type = 'organization';
  // A geographic feature word makes a multi-word name a place ("Lake Senna" is no person), unless an organization
  // word ends it ("Mount Sinai Hospital").
  const feature = PLACE_FIRST_WORDS.has(lower(from)) || PLACE_LAST_WORDS.has(lower(to - 1));
  if (type !== 'place' && to - from > 1 && feature && !ORG_HEAD_WORDS.has(lower(to - 1))) type = 'place';
  const kept = tokens.slice(from, to);
  if (!kept.some((token) => HAS_LETTER.test(token.text)) || !CAPITALISED.test(kept[0]?.text ?? '')) return undefined;
  if (kept.length === 1 && PLURAL_ACRONYM.test(kept[0]?.text ?? '')) return undefined;
  return { tokens: kept, type };
}
