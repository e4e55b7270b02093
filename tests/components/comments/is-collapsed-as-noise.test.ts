import { describe, expect, it } from 'vitest';
import { isCollapsedAsNoise } from '../../../components/comments/is-collapsed-as-noise';
import type { NoiseScore } from '../../../utils/model';

const reason = { code: 'shouting', message: 'mostly capital letters', weight: 0.5 } as const;
const score = (value: number, reasons = [reason]): NoiseScore => ({ score: value, reasons });

describe('isCollapsedAsNoise', () => {
  it.each([
    ['a score at the threshold', score(0.5), 0.5],
    ['a score above it', score(0.9), 0.5],
    ['any reason at threshold 0', score(0.1), 0],
  ])('should collapse %s', (_label, noise, threshold) => {
    expect(isCollapsedAsNoise(noise, threshold)).toBe(true);
  });

  it.each([
    ['a score below the threshold', score(0.4), 0.5],
    ['a clean comment at threshold 0', score(0, []), 0],
    ['a missing score', undefined, 0.5],
  ])('should not collapse %s', (_label, noise, threshold) => {
    expect(isCollapsedAsNoise(noise, threshold)).toBe(false);
  });
});
