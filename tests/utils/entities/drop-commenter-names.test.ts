import { describe, expect, it } from 'vitest';
import { dropCommenterNames } from '../../../utils/entities/drop-commenter-names';
import type { Entity, EntityType } from '../../../utils/model';
import { makeComments } from '../noise/make-comments';

const entity = (name: string, type: EntityType = 'person', aliases: string[] = []): Entity => ({
  id: `comments:${type}:${name}`,
  name,
  type,
  aliases,
  count: 1,
  mentions: [{ text: name, start: 0, end: name.length }],
});

const comments = makeComments([
  { author: 'Piet Albers', text: 'I used those drawers for my thesis.' },
  { author: 'lake_watcher', text: 'Glad they helped, Piet.' },
  { author: 'Kim', text: 'Kim will not go to Moscow.' },
]);

describe('dropCommenterNames', () => {
  it.each([
    ['a commenter addressed by first name', 'Piet'],
    ['a commenter named in full', 'Piet Albers'],
    ['a commenter addressed by a part of a handle', 'Watcher'],
  ])('should drop %s', (_case, name) => {
    expect(dropCommenterNames([entity(name)], comments, [])).toEqual([]);
  });

  it.each([
    ['a name no commenter has', 'Vladimir Putin'],
    ['a place', 'Moscow'],
  ])('should keep %s', (_case, name) => {
    expect(dropCommenterNames([entity(name)], comments, [])).toHaveLength(1);
  });

  it('should keep a commenter-like name the article is about', () => {
    const body = [entity('Kim Jong Un', 'person', ['Kim'])];
    expect(dropCommenterNames([entity('Kim')], comments, body)).toHaveLength(1);
  });

  it('should keep everything when there are no comments', () => {
    expect(dropCommenterNames([entity('Piet')], [], [])).toHaveLength(1);
  });
});
