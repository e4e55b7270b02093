import { describe, expect, it } from 'vitest';
import { indexThreads } from '../../../components/comments/index-threads';
import { DISCUSSION, makeComments, threadsOf } from '../fixtures';

describe('indexThreads', () => {
  const { parent, descendants } = indexThreads(threadsOf(makeComments(DISCUSSION)));

  it.each([
    ['c1', 2],
    ['c2', 1],
    ['c3', 0],
    ['c4', 1],
    ['c6', 0],
  ])('should count the replies below %s as %i', (id, count) => {
    expect(descendants.get(id)).toBe(count);
  });

  it('should map each reply to its parent and leave roots out', () => {
    expect(Object.fromEntries(parent)).toEqual({ c2: 'c1', c3: 'c2', c5: 'c4' });
  });

  it('should give empty maps for no threads', () => {
    expect(indexThreads([])).toEqual({ parent: new Map(), descendants: new Map() });
  });
});
