import { describe, expect, it } from 'vitest';
import { endsBlock, ITEMS_PER_STEP, mapBlocksSteps, mapSteps, runSteps, type Steps } from '../../../utils/steps/steps';

function* countTo(n: number): Steps<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) {
    total += i;
    yield;
  }
  return total;
}

/** Drives steps by hand and counts the pauses. */
function drive<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
    pauses++;
  }
}

describe('runSteps', () => {
  it.each([
    [0, 0],
    [1, 1],
    [100, 5050],
  ])('should run %i steps to the end and return %i', (n, total) => {
    expect(runSteps(countTo(n))).toBe(total);
  });
});

describe('mapSteps', () => {
  it('should map every item with its index, pausing once per item', () => {
    const { value, pauses } = drive(mapSteps(['a', 'b', 'c'], (item, i) => `${item}${i}`));
    expect(value).toEqual(['a0', 'b1', 'c2']);
    expect(pauses).toBe(3);
  });

  it('should give an empty list for no items without pausing', () => {
    expect(drive(mapSteps([], (item) => item))).toEqual({ value: [], pauses: 0 });
  });
});

describe('mapBlocksSteps', () => {
  it.each([
    [0, 0],
    [1, 0],
    [ITEMS_PER_STEP, 1],
    [2 * ITEMS_PER_STEP + 1, 2],
  ])('should map %i items with a pause per full block (%i)', (n, blocks) => {
    const items = Array.from({ length: n }, (_, i) => i);
    const { value, pauses } = drive(mapBlocksSteps(items, (item, i) => item * 2 + i));
    expect(value).toEqual(items.map((item) => item * 3));
    expect(pauses).toBe(blocks);
  });
});

describe('endsBlock', () => {
  it.each([
    [0, false],
    [ITEMS_PER_STEP - 2, false],
    [ITEMS_PER_STEP - 1, true],
    [2 * ITEMS_PER_STEP - 1, true],
  ])('should say whether index %i ends a block (%s)', (index, ends) => {
    expect(endsBlock(index)).toBe(ends);
  });
});
