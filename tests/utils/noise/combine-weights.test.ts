import { describe, expect, it } from 'vitest';
import { combineWeights } from '../../../utils/noise/combine-weights';

describe('combineWeights', () => {
  it.each([
    [[], 0],
    [[0.4], 0.4],
    [[0.5, 0.5], 0.75],
    [[0.2, 0.3, 0.25], 0.58],
    [[1, 0.1], 1],
    [[1.7, -2], 1],
    [[-0.5], 0],
  ])('should combine %j into %d', (weights, expected) => {
    expect(combineWeights(weights)).toBeCloseTo(expected, 3);
  });
});
