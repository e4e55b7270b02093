import type { EntityType } from '../model';
import { cleanMention } from './clean-mention';
import type { NerResources } from './load-ner-resources';
import type { RawMention } from './raw-mention';
import { reviseMentions } from './revise-mentions';
import { splitTokenSentences } from './split-token-sentences';
import { tagSentence } from './tag-sentence';
import type { Token } from './tokenize';

/** Tagger types shown as entities; MISC (nationalities, events, works) is tagged only to keep it out of the rest. */
const TYPES: Record<string, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** Tags one segment's tokens sentence by sentence and returns the cleaned person/place/organization mentions. */
export function findTaggedMentions(tokens: readonly Token[], resources: NerResources, commentId?: string): RawMention[] {
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
        const kept = type ? cleanMention(sentence.slice(start, i), type) : undefined;
        if (type && kept) mentions.push({ tokens: kept, type, ...(commentId ? { commentId } : {}) });
        start = -1;
      }
      if (label !== 'O' && !continues) [start, kind] = [i, label.slice(2)];
    }
  }
  return reviseMentions(mentions, tokens, resources.gazetteer);
}
