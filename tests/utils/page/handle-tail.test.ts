import { describe, expect, it } from 'vitest';
import { handleTailLength } from '../../../utils/page/handle-tail';

describe('handleTailLength', () => {
  it.each([
    ['@danawhit Nov 14, 2017', 9],
    [' @danawhit', 10],
    ['@ab_12 | 28 Nov', 6],
  ])('should measure the handle opening %j', (tail, length) => {
    expect(handleTailLength(tail)).toBe(length);
  });

  it.each([['@paper.se wrote'], [' Nov 14, 2017'], ['@'], ['@averyveryverylonghandle1 Nov 14']])(
    'should find no handle in %j',
    (tail) => {
      expect(handleTailLength(tail)).toBe(0);
    },
  );
});
