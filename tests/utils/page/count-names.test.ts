import { describe, expect, it } from 'vitest';
import { countNames } from '../../../utils/page/count-names';

describe('countNames', () => {
  it('should count exact repeats and the most frequent case variant', () => {
    const names = countNames(['Ann', 'A sentence here.', 'Ann', 'ann', 'Bo', 'Ann']);
    expect(names.exact.get('Ann')).toBe(3);
    expect(names.exact.get('ann')).toBe(1);
    expect(names.exact.get('A sentence here.')).toBeUndefined();
    expect(names.topVariant.get('ann')).toBe(3);
    expect(names.topVariant.get('bo')).toBe(1);
  });
});
