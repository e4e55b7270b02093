import { describe, expect, it } from 'vitest';
import { alignWithBody } from '../../../utils/entities/align-with-body';
import type { Entity, EntityType } from '../../../utils/model';

const entity = (scope: string, name: string, type: EntityType, starts: number[], aliases: string[] = []): Entity => ({
  id: `${scope}:${type}:${name}`,
  name,
  type,
  aliases,
  count: starts.length,
  mentions: starts.map((start) => ({ text: name, start, end: start + name.length, commentId: 'c1' })),
});

const body = [
  entity('body', 'Vladimir Putin', 'person', [0, 50, 90], ['Putin']),
  entity('body', 'Kim Jong Un', 'person', [10, 60], ['Kim']),
  entity('body', 'North Korea', 'place', [20]),
  entity('body', 'United States', 'place', [30], ['U.S.']),
  entity('body', 'Donald Trump', 'person', [40]),
  entity('body', 'Kim Myong Sik', 'person', [45]),
  entity('body', 'Adam Miller', 'person', [70]),
  entity('body', 'Matthew Miller', 'person', [80]),
];

describe('alignWithBody', () => {
  it('should give a short form the article’s canonical name and type, keeping its mentions', () => {
    const [putin] = alignWithBody([entity('comments', 'Putin', 'place', [500, 700])], body);
    expect(putin).toMatchObject({ id: 'comments:person:Vladimir Putin', name: 'Vladimir Putin', type: 'person' });
    expect(putin?.aliases).toContain('Putin');
    expect(putin?.mentions.map((m) => [m.start, m.text])).toEqual([
      [500, 'Putin'],
      [700, 'Putin'],
    ]);
  });

  it('should merge comment entities that turn out to be one, mentions in page order', () => {
    const aligned = alignWithBody(
      [entity('comments', 'Kim', 'person', [800]), entity('comments', 'kim jong un', 'organization', [400])],
      body,
    );
    expect(aligned).toHaveLength(1);
    expect(aligned[0]).toMatchObject({ name: 'Kim Jong Un', count: 2 });
    expect(aligned[0]?.mentions.map((m) => m.start)).toEqual([400, 800]);
  });

  it.each([
    ['an abbreviation written without dots', 'US', 'United States'],
    ['the surname of one of the article’s people', 'Trump', 'Donald Trump'],
    ['an alias before a surname', 'Kim', 'Kim Jong Un'],
  ])('should name %s canonically', (_case, name, canonical) => {
    expect(alignWithBody([entity('comments', name, 'organization', [300])], body)[0]?.name).toBe(canonical);
  });

  it.each([
    ['a name the article does not have', 'Stalin'],
    ['a part of a name that is no alias', 'Jong'],
    ['a surname two of the article’s people share', 'Miller'],
  ])('should keep %s as it is', (_case, name) => {
    const original = entity('comments', name, 'person', [300]);
    expect(alignWithBody([original], body)).toEqual([original]);
  });

  it('should order by mentions, most first', () => {
    const aligned = alignWithBody(
      [entity('comments', 'Stalin', 'person', [100]), entity('comments', 'Putin', 'person', [200, 300])],
      body,
    );
    expect(aligned.map((e) => e.name)).toEqual(['Vladimir Putin', 'Stalin']);
  });

  it('should return [] for no comment entities', () => {
    expect(alignWithBody([], body)).toEqual([]);
  });
});
