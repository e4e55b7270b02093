import { describe, expect, it } from 'vitest';
import { readCredits } from '../../../utils/page/read-credits';
import { splitLines } from '../../../utils/page/split-lines';

describe('readCredits', () => {
  it('should take separate credit and copyright lines, preferring the copyright holder as publisher', () => {
    const lines = splitLines(
      'Body text.\nDaily writers Ann Lee contributed.\n© 2024 Daily Planet Ltd. All rights reserved.',
    );
    const { credits, taken } = readCredits(lines);
    expect(taken).toBe(2);
    expect(credits.credits?.text).toBe('Daily writers Ann Lee contributed.');
    expect(credits.publisher?.text).toBe('Daily Planet Ltd');
  });

  it('should stop at the first closing line that is neither', () => {
    const lines = splitLines('Ann Lee contributed.\nBody text goes on.');
    expect(readCredits(lines)).toEqual({ credits: {}, taken: 0 });
  });
});
