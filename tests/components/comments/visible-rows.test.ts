import { describe, expect, it } from 'vitest';
import { indexThreads } from '../../../components/comments/index-threads';
import { visibleRows } from '../../../components/comments/visible-rows';
import { DISCUSSION, makeComments, threadsOf } from '../fixtures';

const threads = threadsOf(makeComments(DISCUSSION));
const { descendants } = indexThreads(threads);
const rows = (options: { collapsed?: string[]; topLevelOnly?: boolean; only?: string[] }) =>
  visibleRows(threads, {
    collapsed: new Set(options.collapsed),
    topLevelOnly: options.topLevelOnly ?? false,
    only: options.only ? new Set(options.only) : undefined,
    descendants,
  }).map(
    (row) => `${row.id}@${row.depth}${row.collapsed ? '-' : ''}${row.hiddenReplies ? `+${row.hiddenReplies}` : ''}`,
  );

describe('visibleRows', () => {
  it.each([
    ['everything in thread order', {}, ['c1@0', 'c2@1', 'c3@2', 'c4@0', 'c5@1', 'c6@0']],
    ['a collapsed root hiding two levels', { collapsed: ['c1'] }, ['c1@0-+2', 'c4@0', 'c5@1', 'c6@0']],
    ['a collapsed reply', { collapsed: ['c2'] }, ['c1@0', 'c2@1-+1', 'c4@0', 'c5@1', 'c6@0']],
    ['a collapsed leaf (no replies to hide)', { collapsed: ['c6'] }, ['c1@0', 'c2@1', 'c3@2', 'c4@0', 'c5@1', 'c6@0-']],
    ['top level only', { topLevelOnly: true }, ['c1@0+2', 'c4@0+1', 'c6@0']],
    ['a filter, flat and ignoring collapse', { only: ['c3', 'c6'], collapsed: ['c1'] }, ['c3@2', 'c6@0']],
    ['an empty filter', { only: [] }, []],
  ])('should show %s', (_label, options, expected) => {
    expect(rows(options)).toEqual(expected);
  });

  it('should walk a 20,000-deep reply chain without recursion', () => {
    const chain = threadsOf(
      makeComments(
        Array.from({ length: 20_000 }, (_, i) => ({ author: 'a', text: 't', parent: i ? `c${i}` : undefined })),
      ),
    );
    const index = indexThreads(chain);
    expect(index.descendants.get('c1')).toBe(19_999);
    expect(
      visibleRows(chain, { collapsed: new Set(), topLevelOnly: false, descendants: index.descendants }),
    ).toHaveLength(20_000);
  });
});
