import { describe, expect, it } from 'vitest';
import { permalinkMarkLength } from '../../../utils/page/permalink-mark';

describe('permalinkMarkLength', () => {
  it.each([
    ['★ Thursday', 2],
    ['¶March', 1],
    ['Thursday', 0],
    ['*Thursday', 0],
  ])('should measure the mark of %j', (text, length) => {
    expect(permalinkMarkLength(text)).toBe(length);
  });
});
