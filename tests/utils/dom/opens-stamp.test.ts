import { describe, expect, it } from 'vitest';
import { opensStamp } from '../../../utils/dom/opens-stamp';

describe('opensStamp', () => {
  it.each([
    ['10/29/20 4:40PM', true],
    ['14:21, 4 OCT 2021', true],
    ['October 4, 2021', true],
    ['ΟΚΤ 4', true],
    // Text that goes on from the word before it: lower case, punctuation, a space.
    ['ed on 4 October', false],
    [', 4 October', false],
    [' 4 October', false],
    ['', false],
  ])('should read %j as able to open a stamp: %s', (text, expected) => {
    expect(opensStamp(text)).toBe(expected);
  });
});
