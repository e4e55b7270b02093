import { describe, expect, it } from 'vitest';
import type { ReplyLink, ThreadNode } from '../../../utils/model';
import { buildThreads } from '../../../utils/threads/build-threads';
import { commentsFromTexts } from '../noise/make-comments';

const link = (parentId: string): ReplyLink => ({ parentId, confidence: 1, evidence: 'dom', reason: 'nested' });

/** Comments c1…cN where `parents[i]` is the id comment i+1 replies to (or undefined). */
function withParents(parents: (string | undefined)[]) {
  return commentsFromTexts(parents.map((_, i) => `comment ${i + 1}`)).map((comment, i) => {
    const parent = parents[i];
    return parent === undefined ? comment : { ...comment, replyTo: link(parent) };
  });
}

/** The forest as "id@depth(children)" strings, easy to read in failures. */
function shape(nodes: readonly ThreadNode[]): string {
  return nodes.map((n) => `${n.id}@${n.depth}${n.children.length ? `(${shape(n.children)})` : ''}`).join(' ');
}

describe('buildThreads', () => {
  it.each([
    ['no links: every comment a root', [undefined, undefined, undefined], 'c1@0 c2@0 c3@0'],
    ['a chain', [undefined, 'c1', 'c2'], 'c1@0(c2@1(c3@2))'],
    ['siblings in page order', [undefined, 'c1', undefined, 'c1', 'c3'], 'c1@0(c2@1 c4@1) c3@0(c5@1)'],
    ['a reply to a reply and a late reply to the root', [undefined, 'c1', 'c2', 'c1'], 'c1@0(c2@1(c3@2) c4@1)'],
  ])('should build %s', (_name, parents, expected) => {
    expect(shape(buildThreads(withParents(parents)))).toBe(expected);
  });

  it.each([
    ['an unknown id', [undefined, 'c99'], 'c1@0 c2@0'],
    ['a later comment (cycle c1 → c2 → c1)', ['c2', 'c1'], 'c1@0(c2@1)'],
    ['itself', ['c1', undefined], 'c1@0 c2@0'],
    ['an empty id', [undefined, ''], 'c1@0 c2@0'],
  ])('should make a root of a comment linked to %s', (_name, parents, expected) => {
    expect(shape(buildThreads(withParents(parents)))).toBe(expected);
  });

  it('should attach to the first of two comments sharing an id', () => {
    const comments = withParents([undefined, undefined, 'c1']).map((c, i) => (i === 1 ? { ...c, id: 'c1' } : c));
    expect(shape(buildThreads(comments))).toBe('c1@0(c3@1) c1@0');
  });

  it('should keep every comment exactly once', () => {
    const parents = Array.from({ length: 500 }, (_, i) => (i % 3 === 0 ? undefined : `c${Math.floor(i / 2) + 1}`));
    const seen: string[] = [];
    const walk = (nodes: readonly ThreadNode[]): void =>
      nodes.forEach((n) => {
        seen.push(n.id);
        walk(n.children);
      });
    walk(buildThreads(withParents(parents)));
    expect(seen.sort()).toEqual(parents.map((_, i) => `c${i + 1}`).sort());
  });

  it('should handle a 10,000-deep chain without recursion', () => {
    const parents = Array.from({ length: 10_000 }, (_, i) => (i === 0 ? undefined : `c${i}`));
    let node = buildThreads(withParents(parents))[0];
    let depth = 0;
    while (node?.children[0]) {
      node = node.children[0];
      depth++;
    }
    expect(depth).toBe(9_999);
    expect(node?.depth).toBe(9_999);
  });

  it('should return an empty forest for no comments', () => {
    expect(buildThreads([])).toEqual([]);
  });
});
