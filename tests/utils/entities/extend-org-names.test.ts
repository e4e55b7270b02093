import { describe, expect, it } from 'vitest';
import { extendOrgNames } from '../../../utils/entities/extend-org-names';
import { loadNerResources } from '../../../utils/entities/load-ner-resources';
import type { RawMention } from '../../../utils/entities/raw-mention';
import { tokenize } from '../../../utils/entities/tokenize';

type Spans = Array<[number, number, RawMention['type']]>;

/** Extends the mentions given as token ranges of `text`; returns `type:text` of each mention after. */
function extend(text: string, spans: Spans): string[] {
  const tokens = tokenize(text);
  const mentions = spans.map(([from, to, type]) => ({ tokens: tokens.slice(from, to), type }));
  return extendOrgNames(mentions, tokens, loadNerResources().gazetteer).map(
    (m) => `${m.type}:${text.slice(m.tokens[0]?.start, m.tokens[m.tokens.length - 1]?.end)}`,
  );
}

describe('extendOrgNames', () => {
  it.each<[string, Spans, string[]]>([
    [
      'buses of the regional Dorvan Valley Metro Transit Authority run late',
      [
        [4, 5, 'place'],
        [7, 9, 'organization'],
      ],
      ['organization:Dorvan Valley Metro Transit Authority'],
    ],
    [
      'it was renamed Kelby Community & Technical College in 2006',
      [[6, 8, 'organization']],
      ['organization:Kelby Community & Technical College'],
    ],
    [
      'teams play in the Marren Intercollegiate Athletic Conference now',
      [[6, 8, 'organization']],
      ['organization:Marren Intercollegiate Athletic Conference'],
    ],
  ])('should take in the capitalised words before an organization: %s', (text, spans, expected) => {
    expect(extend(text, spans)).toEqual(expected);
  });

  it.each<[string, Spans, string[]]>([
    [
      'the Varo Institute for Coastal Studies opened',
      [
        [1, 3, 'organization'],
        [4, 6, 'organization'],
      ],
      ['organization:Varo Institute for Coastal Studies'],
    ],
  ])('should join an organization word and another organization over "for"/"of": %s', (text, spans, expected) => {
    expect(extend(text, spans)).toEqual(expected);
  });

  it.each<[string, Spans, string[]]>([
    ['Real Corvana beat the hosts 2-0', [[1, 2, 'place']], ['organization:Real Corvana']],
    ['he left Dynamo Velsk in May', [[3, 4, 'place']], ['organization:Dynamo Velsk']],
  ])("should read a place after a club's first word as the club: %s", (text, spans, expected) => {
    expect(extend(text, spans)).toEqual(expected);
  });

  it.each<[string, Spans, string[]]>([
    [
      'The Green Party of Ostland called a strike',
      [
        [1, 3, 'organization'],
        [4, 5, 'place'],
      ],
      ['organization:Green Party', 'place:Ostland'],
    ],
    [
      'Senator Anna Brook Transit Authority',
      [
        [1, 3, 'person'],
        [3, 5, 'organization'],
      ],
      ['person:Anna Brook', 'organization:Transit Authority'],
    ],
    ['the Transit Authority said', [[1, 3, 'organization']], ['organization:Transit Authority']],
    ['Yesterday Transit Authority staff walked out', [[1, 3, 'organization']], ['organization:Transit Authority']],
    ['a spokesman for Marlo Bank said', [[3, 5, 'organization']], ['organization:Marlo Bank']],
    ['Minister Kovac Bank reform', [[1, 3, 'organization']], ['organization:Kovac Bank']],
    ['the real Corvana is elsewhere', [[2, 3, 'place']], ['place:Corvana']],
  ])('should leave the organization as it is: %s', (text, spans, expected) => {
    expect(extend(text, spans)).toEqual(expected);
  });

  it('should return no mentions for none', () => {
    expect(extendOrgNames([], tokenize('Transit Authority'), loadNerResources().gazetteer)).toEqual([]);
  });
});
