import type { EntityType } from '../model';
import { cleanMention } from './clean-mention';
import { findTitledPeople } from './find-titled-people';
import type { NerResources } from './load-ner-resources';
import type { RawMention } from './raw-mention';
import { reviseMentions } from './revise-mentions';
import { splitTokenSentences } from './split-token-sentences';
import { tagSentence } from './tag-sentence';
import type { Token } from './tokenize';

/** Tagger types shown as entities; MISC (nationalities, events, works) is tagged only to keep it out of the rest. */
const TYPES: Record<string, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** Punctuation no name contains: a span across it is two names ("Ukraine — Donetsk"). */
const HARD_PUNCTUATION = /^[,;:!?()[\]{}"“”«»—–…|/]$/u;

/** Cuts a tagged span at hard punctuation into the pieces between. */
function splitAtPunctuation(span: readonly Token[]): Token[][] {
  const pieces: Token[][] = [[]];
  for (const token of span) {
    if (HARD_PUNCTUATION.test(token.text)) pieces.push([]);
    else pieces[pieces.length - 1]?.push(token);
  }
  return pieces.filter((piece) => piece.length > 0);
}

/** Tags one segment's tokens sentence by sentence and returns the cleaned person/place/organization mentions. */
export function findTaggedMentions(
  tokens: readonly Token[],
  resources: NerResources,
  commentId?: string,
): RawMention[] {
  const mentions: RawMention[] = [];
  for (const [from, to] of splitTokenSentences(tokens)) {
    const sentence = tokens.slice(from, to);
    const labels = tagSentence(
      sentence.map((token) => token.text),
      resources.weights,
      resources.gazetteer,
    );
    let start = -1;
    let kind = '';
    for (let i = 0; i <= labels.length; i++) {
      const label = labels[i] ?? 'O';
      const continues = label.startsWith('I-') && label.slice(2) === kind;
      if (start >= 0 && !continues) {
        const type = TYPES[kind];
        for (const piece of type ? splitAtPunctuation(sentence.slice(start, i)) : []) {
          const kept = type ? cleanMention(piece, type) : undefined;
          if (kept) mentions.push({ ...kept, ...(commentId ? { commentId } : {}) });
        }
        start = -1;
      }
      if (label !== 'O' && !continues) [start, kind] = [i, label.slice(2)];
    }
  }
  const titled = findTitledPeople(tokens, mentions, resources.gazetteer).map((mention) => ({
    ...mention,
    ...(commentId ? { commentId } : {}),
  }));
  const ordered = [...mentions, ...titled].sort((a, b) => (a.tokens[0]?.start ?? 0) - (b.tokens[0]?.start ?? 0));
  return reviseMentions(ordered, tokens, resources.gazetteer);
}
