import { describe, expect, it } from 'vitest';
import { isHeadingLine } from '../../../utils/summary/is-heading-line';

describe('isHeadingLine', () => {
  it.each([
    ['a headline', 'Harbor city opens new flood barrier after years of delays'],
    ['a time stamp', 'updated 4:36 p.m. ET July 23, 2012'],
    ['a label', 'Related stories'],
  ])('should flag %s', (_name, text) => {
    expect(isHeadingLine(text)).toBe(true);
  });

  it.each([
    ['a sentence', 'The barrier opened on Monday.'],
    ['a quoted sentence', 'He said it was “historic.”'],
    [
      'a long unpunctuated line',
      'the council approved the budget on tuesday after a long debate that ran late into the night again',
    ],
  ])('should keep %s', (_name, text) => {
    expect(isHeadingLine(text)).toBe(false);
  });
});
