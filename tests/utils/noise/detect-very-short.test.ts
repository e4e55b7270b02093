import { describe, expect, it } from 'vitest';
import { detectVeryShort } from '../../../utils/noise/detect-very-short';

describe('detectVeryShort', () => {
  it.each([
    ['lol', 'only 1 word'],
    ['So true!', 'only 2 words'],
    ['Stalin was late', 'only 3 words'],
    ['!!!', 'no words'],
  ])('should flag %j', (text, message) => {
    expect(detectVeryShort(text)).toMatchObject({ code: 'very-short', message });
  });

  it.each([['Stalin was US ally'], ['The deal will be something like this.']])('should not flag %j', (text) => {
    expect(detectVeryShort(text)).toBeUndefined();
  });
});
