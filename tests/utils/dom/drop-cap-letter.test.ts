import { describe, expect, it } from 'vitest';
import { isDropCapLetter } from '../../../utils/dom/drop-cap-letter';

describe('isDropCapLetter', () => {
  it.each([
    ['a capital and the rest of its word', 'E', 'very morning'],
    ['a capital after an opening quote mark', '“W', 'e never locked it,” she said.'],
    ['a letter with space around it in its span', ' T ', 'he river'],
  ])('should find %s', (_case, letter, rest) => {
    expect(isDropCapLetter(letter, rest)).toBe(true);
  });

  it.each([
    ['a letter before a space (an icon, a label)', 'X', ' Close'],
    ['a letter before a capital (a grade, an initial)', 'A', 'Grade'],
    ['a lower-case letter', 'e', 'very'],
    ['a word', 'Every', 'morning'],
  ])('should not find %s', (_case, letter, rest) => {
    expect(isDropCapLetter(letter, rest)).toBe(false);
  });
});
