import { describe, expect, it } from 'vitest';
import { findHeadedOrgs } from '../../../utils/entities/find-headed-orgs';
import { loadNerResources } from '../../../utils/entities/load-ner-resources';
import type { RawMention } from '../../../utils/entities/raw-mention';
import { tokenize } from '../../../utils/entities/tokenize';

type Spans = Array<[number, number, RawMention['type']]>;

/** Runs the rule over the mentions given as token ranges of `text`; returns `type:text` of each mention after. */
function find(text: string, spans: Spans): string[] {
  const tokens = tokenize(text);
  const mentions = spans.map(([from, to, type]) => ({ tokens: tokens.slice(from, to), type }));
  return findHeadedOrgs(mentions, tokens, loadNerResources().gazetteer).map(
    (m) => `${m.type}:${text.slice(m.tokens[0]?.start, m.tokens[m.tokens.length - 1]?.end)}`,
  );
}

describe('findHeadedOrgs', () => {
  it.each<[string, Spans, string[]]>([
    ['she joined the Marren Orchestra in 1990', [[3, 5, 'person']], ['organization:Marren Orchestra']],
    ['a record on Kelby Records last year', [[3, 5, 'place']], ['organization:Kelby Records']],
  ])('should type a person or place ending in an organization word as an organization: %s', (text, spans, expected) => {
    expect(find(text, spans)).toEqual(expected);
  });

  it.each<[string, Spans, string[]]>([
    ['painters of the Vellum Brotherhood met', [], ['organization:Vellum Brotherhood']],
    [
      'Anna Brook left the Dorvan Valley Academy today',
      [[0, 2, 'person']],
      ['person:Anna Brook', 'organization:Dorvan Valley Academy'],
    ],
  ])('should add an untagged capitalised run ending in an organization word: %s', (text, spans, expected) => {
    expect(find(text, spans)).toEqual(expected);
  });

  it.each<[string, Spans, string[]]>([
    ['the Council met on Monday', [], []],
    ['The Party said no', [], []],
    ['Minister Society rules', [], []],
    ['Anna Brook Academy', [[0, 2, 'person']], ['person:Anna Brook']],
    ['the Soviet Union fell', [[1, 3, 'place']], ['place:Soviet Union']],
    ['Marren Party', [[0, 2, 'organization']], ['organization:Marren Party']],
  ])('should add or retype nothing: %s', (text, spans, expected) => {
    expect(find(text, spans)).toEqual(expected);
  });
});
