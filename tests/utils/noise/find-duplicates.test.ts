import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../utils/noise/find-duplicates';

describe('findDuplicates', () => {
  it.each([
    [
      'exact copies point at the first',
      ['Sanctions never worked here.', 'x', 'Sanctions never worked here.', 'Sanctions never worked here.'],
      [undefined, undefined, 0, 0],
    ],
    [
      'case, spacing and punctuation ignored',
      ['Sanctions never worked here.', 'SANCTIONS   never worked, here!!'],
      [undefined, 0],
    ],
    ['short repeats left alone', ['lol', 'lol', 'So true.', 'so true'], [undefined, undefined, undefined, undefined]],
    ['different texts', ['Sanctions never worked here.', 'Sanctions always worked here.'], [undefined, undefined]],
    ['nothing', [], []],
  ])('should handle %s', (_name, texts, expected) => {
    expect(findDuplicates(texts)).toEqual(expected);
  });
});
