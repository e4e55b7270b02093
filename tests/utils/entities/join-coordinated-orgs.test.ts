import { describe, expect, it } from 'vitest';
import { joinCoordinatedOrgs } from '../../../utils/entities/join-coordinated-orgs';
import type { RawMention } from '../../../utils/entities/raw-mention';
import { tokenize } from '../../../utils/entities/tokenize';

/** Joins two mentions given as token ranges of `text`; returns `type:text` of what is left. */
function join(text: string, spans: Array<[number, number, RawMention['type']]>): string[] {
  const tokens = tokenize(text);
  const mentions = spans.map(([from, to, type]) => ({ tokens: tokens.slice(from, to), type }));
  return joinCoordinatedOrgs(mentions, tokens).map(
    (m) => `${m.type}:${text.slice(m.tokens[0]?.start, m.tokens[m.tokens.length - 1]?.end)}`,
  );
}

describe('joinCoordinatedOrgs', () => {
  it.each<[string, Array<[number, number, RawMention['type']]>, string[]]>([
    [
      'the Securities and Exchange Commission said',
      [
        [1, 2, 'organization'],
        [3, 5, 'organization'],
      ],
      ['organization:Securities and Exchange Commission'],
    ],
    [
      'at Marlow Community & Technical College today',
      [
        [1, 3, 'place'],
        [4, 6, 'organization'],
      ],
      ['organization:Marlow Community & Technical College'],
    ],
  ])('should join the halves of one organization: %s', (text, spans, expected) => {
    expect(join(text, spans)).toEqual(expected);
  });

  it.each<[string, Array<[number, number, RawMention['type']]>, string[]]>([
    [
      'Apple and Samsung sued',
      [
        [0, 1, 'organization'],
        [2, 3, 'organization'],
      ],
      ['organization:Apple', 'organization:Samsung'],
    ],
    [
      'Anna Brook and Volmark Bank agreed',
      [
        [0, 2, 'person'],
        [3, 5, 'organization'],
      ],
      ['person:Anna Brook', 'organization:Volmark Bank'],
    ],
    [
      'Volmark Bank and Korva Bank merged',
      [
        [0, 2, 'organization'],
        [3, 5, 'organization'],
      ],
      ['organization:Volmark Bank', 'organization:Korva Bank'],
    ],
  ])('should keep two names apart: %s', (text, spans, expected) => {
    expect(join(text, spans)).toEqual(expected);
  });
});
