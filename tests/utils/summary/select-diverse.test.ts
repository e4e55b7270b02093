import { describe, expect, it } from 'vitest';
import { selectDiverse } from '../../../utils/summary/select-diverse';
import type { TermVector } from '../../../utils/text/term-vectors';

const unit = (entries: Record<string, number>): TermVector => {
  const norm = Math.hypot(...Object.values(entries));
  return new Map(Object.entries(entries).map(([term, weight]) => [term, weight / norm]));
};
const options = { redundancyWeight: 0.5, duplicateSimilarity: 0.9 };

describe('selectDiverse', () => {
  it('should pick the best candidate first and skip a near-duplicate of it', () => {
    const candidates = [
      { score: 0.9, vector: unit({ dam: 1, storm: 1 }) },
      { score: 0.85, vector: unit({ dam: 1, storm: 1 }) },
      { score: 0.5, vector: unit({ budget: 1 }) },
    ];
    expect(selectDiverse(candidates, 2, options)).toEqual([0, 2]);
  });

  it('should take one candidate per group', () => {
    const candidates = [
      { score: 0.9, vector: unit({ a: 1 }), group: 'c1' },
      { score: 0.8, vector: unit({ b: 1 }), group: 'c1' },
      { score: 0.1, vector: unit({ c: 1 }), group: 'c2' },
    ];
    expect(selectDiverse(candidates, 3, options)).toEqual([0, 2]);
  });

  it.each([
    ['no candidates', [], 3],
    ['a count of zero', [{ score: 1, vector: unit({ a: 1 }) }], 0],
  ])('should pick nothing for %s', (_name, candidates, count) => {
    expect(selectDiverse(candidates, count, options)).toEqual([]);
  });
});
