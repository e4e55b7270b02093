import { ORG_HEAD_WORDS, TITLE_WORDS } from './cue-words';
import type { Gazetteer } from './gazetteer';
import { isCapitalised } from './gazetteer-flags';
import { wordKey, type RawMention } from './raw-mention';
import type { Token } from './tokenize';

/** Most words an organization is extended by to the left ("Washington Metropolitan Area" + "Transit Authority"). */
const MAX_LEFT_WORDS = 4;
/** Lowercase words that join two halves of one organization's name ("Institute for Palestinian Studies"). */
const JOINERS = new Set(['for', 'of']);
/** Punctuation that stands inside an organization's name between capitalised words ("Community & Technical"). */
const INNER_SYMBOL = '&';
/** Sentence-ending punctuation: the word after it is capitalised only because it opens a sentence. */
const SENTENCE_END = /^[.!?]$/;
/**
 * First words of sports clubs named after their city ("Real Madrid", "Inter Milan", "Dynamo Kiev"); common knowledge.
 */
const CLUB_PREFIXES = new Set(
  'real inter atletico atlético athletic sporting dynamo dinamo olympique olympiakos racing borussia lokomotiv spartak'.split(
    ' ',
  ),
);

/**
 * Extends an organization the tagger cut short: over the capitalised words right before it, taking in a place or
 * another organization there ("Washington Metropolitan Area" + "Transit Authority", "Pierpont Community &" + "Technical
 * College"), and over "for"/"of" + another organization right after an organization word ("Emil Touma Institute" + "for
 * Palestinian Studies"); and a place after a club's first word is the club ("Real" + "Madrid"). People, titles, "The"
 * and everyday words opening a sentence stop it. Expects and returns mentions in text order.
 */
export function extendOrgNames(
  mentions: readonly RawMention[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): RawMention[] {
  if (!mentions.some((mention) => mention.type !== 'person')) return [...mentions];
  const index = new Map<number, number>();
  tokens.forEach((token, i) => index.set(token.start, i));
  const owner = new Map<number, number>();
  mentions.forEach((mention, m) => mention.tokens.forEach((token) => owner.set(token.start, m)));
  const dropped = new Set<number>();
  const result = mentions.map((mention) => ({ ...mention }));
  result.forEach((mention, m) => {
    const first = index.get(mention.tokens[0]?.start ?? -1);
    if (first === undefined || dropped.has(m)) return;
    const prefix = tokens[first - 1];
    if (mention.type === 'place' && prefix && isCapitalised(prefix.text) && CLUB_PREFIXES.has(wordKey(prefix.text))) {
      if (owner.has(prefix.start)) return;
      mention.type = 'organization';
      mention.tokens = [prefix, ...mention.tokens];
      return;
    }
    if (mention.type !== 'organization') return;
    const taken = leftWords(tokens, first, owner, result, gaz);
    for (const token of taken) {
      const other = owner.get(token.start);
      if (other !== undefined && other !== m) dropped.add(other);
    }
    mention.tokens = [...taken, ...mention.tokens];
    const last = index.get(mention.tokens[mention.tokens.length - 1]?.start ?? -1) ?? -1;
    const joiner = tokens[last + 1];
    const next = owner.get(tokens[last + 2]?.start ?? -1);
    const nextMention = next === undefined ? undefined : result[next];
    const head = wordKey(mention.tokens[mention.tokens.length - 1]?.text ?? '');
    if (!joiner || !JOINERS.has(joiner.text) || !nextMention || next === undefined || dropped.has(next)) return;
    if (!ORG_HEAD_WORDS.has(head) || nextMention.type !== 'organization') return;
    if (nextMention.tokens[0]?.start !== tokens[last + 2]?.start) return;
    mention.tokens = [...mention.tokens, joiner, ...nextMention.tokens];
    dropped.add(next);
  });
  return result.filter((_, m) => !dropped.has(m));
}

/** The capitalised words right before token `first` that belong to the organization starting there. */
function leftWords(
  tokens: readonly Token[],
  first: number,
  owner: ReadonlyMap<number, number>,
  mentions: readonly RawMention[],
  gaz: Gazetteer,
): Token[] {
  let from = first;
  let words = 0;
  for (let j = first - 1; j >= 0 && words < MAX_LEFT_WORDS; j--) {
    const token = tokens[j];
    if (!token) break;
    if (token.text === INNER_SYMBOL && isCapitalised(tokens[j - 1]?.text ?? '')) continue;
    const key = wordKey(token.text);
    if (!isCapitalised(token.text) || key === 'the' || TITLE_WORDS.has(key)) break;
    const m = owner.get(token.start);
    const other = m === undefined ? undefined : mentions[m];
    if (other?.type === 'person') break;
    const opens = j === 0 || SENTENCE_END.test(tokens[j - 1]?.text ?? '');
    if (opens && !other && gaz.common.has(key)) break;
    words++;
    from = j;
  }
  // A mention is taken whole or not at all; and the name starts at a word, never at "&".
  const m = owner.get(tokens[from]?.start ?? -1);
  const cut = m === undefined ? undefined : mentions[m];
  if (cut && from < first && (cut.tokens[0]?.start ?? 0) < (tokens[from]?.start ?? 0)) {
    const end = cut.tokens[cut.tokens.length - 1]?.start ?? 0;
    while (from < first && (tokens[from]?.start ?? 0) <= end) from++;
  }
  while (from < first && tokens[from]?.text === INNER_SYMBOL) from++;
  return tokens.slice(from, first);
}
