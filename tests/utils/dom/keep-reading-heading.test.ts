import { describe, expect, it } from 'vitest';
import { isBlockHeading } from '../../../utils/dom/headed-link-blocks';
import { isKeepReadingHeading } from '../../../utils/dom/keep-reading-heading';

describe('isKeepReadingHeading', () => {
  it.each(['Keep reading', 'KEEP READING', 'Continue reading:', 'Read on …'])(
    'should read "%s" as a heading',
    (line) => {
      expect(isKeepReadingHeading(line)).toBe(true);
      expect(isBlockHeading(line)).toBe(true);
    },
  );

  it.each([
    'Keep reading for all the stars who walked the red carpet.',
    'Keep reading, she said.',
    'Read on to find out why the mayor changed her mind.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isKeepReadingHeading(line)).toBe(false);
  });
});
