import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../utils/model';
import { mergeMentions } from '../../../utils/entities/merge-mentions';
import type { RawMention } from '../../../utils/entities/raw-mention';
import { tokenize } from '../../../utils/entities/tokenize';

/** A text of names separated by " | ", and a mention for each name with its type. */
function mentionsOf(names: Array<[string, EntityType, string?]>): { text: string; mentions: RawMention[] } {
  let text = '';
  const mentions: RawMention[] = [];
  for (const [name, type, definedAs] of names) {
    if (text) text += ' | ';
    mentions.push({ tokens: tokenize(name, text.length), type, ...(definedAs ? { definedAs } : {}) });
    text += name;
  }
  return { text, mentions };
}

function merge(names: Array<[string, EntityType, string?]>, scope: 'body' | 'comments' = 'body') {
  const { text, mentions } = mentionsOf(names);
  return mergeMentions(mentions, scope, (start, end) => text.slice(start, end));
}

describe('mergeMentions', () => {
  it.each<[string, Array<[string, EntityType, string?]>, string, string[]]>([
    [
      'a surname into the full name',
      [
        ['Dmitry Peskov', 'person'],
        ['Peskov', 'person'],
      ],
      'Dmitry Peskov',
      ['Peskov'],
    ],
    [
      'a family name given first',
      [
        ['Kim', 'person'],
        ['Kim Jong Un', 'person'],
        ['Kim', 'person'],
      ],
      'Kim Jong Un',
      ['Kim'],
    ],
    [
      'an acronym defined in parentheses',
      [
        ['Korean Central News Agency', 'organization'],
        ['KCNA', 'organization', 'korean central news agency'],
      ],
      'Korean Central News Agency',
      ['KCNA'],
    ],
    [
      'an acronym spelling the initials of a name',
      [
        ['National Intelligence Service', 'organization'],
        ['NIS', 'organization'],
      ],
      'National Intelligence Service',
      ['NIS'],
    ],
    [
      'a short form typed differently by the tagger',
      [
        ['Vladimir Putin', 'person'],
        ['Putin', 'place'],
      ],
      'Vladimir Putin',
      ['Putin'],
    ],
  ])('should merge %s', (_, names, name, aliases) => {
    const entities = merge(names);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name, aliases, count: names.length, mentions: expect.any(Array) });
  });

  it.each<[string, Array<[string, EntityType]>]>([
    [
      'places that share a word',
      [
        ['North Korea', 'place'],
        ['Korea', 'place'],
      ],
    ],
    [
      'an organization word in a longer organization',
      [
        ['Security Council', 'organization'],
        ['Council', 'organization'],
      ],
    ],
    [
      'different people',
      [
        ['Matthew Miller', 'person'],
        ['Adrienne Watson', 'person'],
      ],
    ],
  ])('should keep %s apart', (_, names) => {
    expect(merge(names)).toHaveLength(names.length);
  });

  it('should type an entity by the majority of its mentions and key it by scope, type and name', () => {
    const entities = merge(
      [
        ['Wagner', 'organization'],
        ['Wagner', 'person'],
        ['Wagner', 'organization'],
      ],
      'comments',
    );
    expect(entities[0]).toMatchObject({ id: 'comments:organization:Wagner', type: 'organization', count: 3 });
  });

  it('should keep each mention at its exact offsets, in text order', () => {
    const { text, mentions } = mentionsOf([
      ['Peskov', 'person'],
      ['Dmitry Peskov', 'person'],
    ]);
    const [entity] = mergeMentions(mentions, 'body', (start, end) => text.slice(start, end));
    expect(entity?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Peskov', 'Dmitry Peskov']);
    expect(entity?.mentions.map((m) => m.text)).toEqual(['Peskov', 'Dmitry Peskov']);
  });

  it('should return no entities for no mentions', () => {
    expect(mergeMentions([], 'body', () => '')).toEqual([]);
  });
});

describe('mergeMentions spelling', () => {
  it.each<[Array<[string, EntityType]>, string]>([
    [
      [
        ['KORVALA', 'place'],
        ['Korvala', 'place'],
      ],
      'Korvala',
    ],
    [
      [
        ['KCNA', 'organization'],
        ['KCNA', 'organization'],
      ],
      'KCNA',
    ],
    [
      [
        ['OSLOVA', 'place'],
        ['OSLOVA', 'place'],
      ],
      'OSLOVA',
    ],
  ])('should name %j by its first spelling not in capitals throughout, if any', (names, expected) => {
    expect(merge(names).map((entity) => entity.name)).toEqual([expected]);
  });
});
