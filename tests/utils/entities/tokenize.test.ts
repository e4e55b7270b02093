import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../utils/entities/tokenize';

describe('tokenize', () => {
  it.each([
    ['Putin’s train', ['Putin', '’s', 'train']],
    ["Kim's visit", ['Kim', "'s", 'visit']],
    ['the U.S. and the U.N. Security Council', ['the', 'U.S.', 'and', 'the', 'U.N.', 'Security', 'Council']],
    ['Mr. Lee said.', ['Mr.', 'Lee', 'said', '.']],
    ['Robert C. Byrd spoke.', ['Robert', 'C.', 'Byrd', 'spoke', '.']],
    ['a Kim-Putin meeting (KCNA)', ['a', 'Kim-Putin', 'meeting', '(', 'KCNA', ')']],
  ])('should split %j into words, clitics and punctuation', (text, expected) => {
    expect(tokenize(text).map((token) => token.text)).toEqual(expected);
  });

  it('should give offsets that slice back to each token, shifted by the given offset', () => {
    const text = 'Jeon Ha Gyu, spokesperson of South Korea’s Defense Ministry 🙂 said: “No.”';
    for (const token of tokenize(text, 100)) {
      expect(text.slice(token.start - 100, token.end - 100)).toBe(token.text);
    }
  });

  it('should return no tokens for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});
