import { describe, expect, it } from 'vitest';
import { walkThreads } from '../../../utils/export/walk-threads';
import type { ThreadNode } from '../../../utils/model';
import { makeComment, node } from './page-doc-fixture';

const comments = ['A', 'B', 'C', 'D'].map((author, i) => makeComment(i, author, [`text ${i}`]));
const ids = (entries: ReturnType<typeof walkThreads>) => entries.map((entry) => entry.comment.id);

describe('walkThreads', () => {
  it('should list comments depth first with their parent and depth', () => {
    const entries = walkThreads(comments, [node('c1', [node('c2', [node('c3')])]), node('c4')]);
    expect(entries.map(({ comment, parent, depth }) => [comment.id, parent?.id, depth])).toEqual([
      ['c1', undefined, 0],
      ['c2', 'c1', 1],
      ['c3', 'c2', 2],
      ['c4', undefined, 0],
    ]);
  });

  it.each<[string, ThreadNode[], string[]]>([
    ['no threads at all', [], ['c1', 'c2', 'c3', 'c4']],
    ['a repeated id', [node('c1', [node('c2')]), node('c2'), node('c3'), node('c4')], ['c1', 'c2', 'c3', 'c4']],
    ['an unknown id', [node('c9', [node('c1')]), node('c2')], ['c2', 'c1', 'c3', 'c4']],
    ['a comment missing from the threads', [node('c2'), node('c4')], ['c2', 'c4', 'c1', 'c3']],
  ])('should list every comment exactly once with %s', (_name, threads, expected) => {
    expect(ids(walkThreads(comments, threads))).toEqual(expected);
  });

  it('should walk a very deep reply chain without overflowing the stack', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => makeComment(i, `u${i}`, ['x']));
    let chain: ThreadNode = { id: `c${many.length}`, depth: many.length - 1, children: [] };
    for (let i = many.length - 1; i >= 1; i--) chain = { id: `c${i}`, depth: i - 1, children: [chain] };
    const entries = walkThreads(many, [chain]);
    expect(entries).toHaveLength(many.length);
    expect(entries.at(-1)?.depth).toBe(many.length - 1);
  });
});
