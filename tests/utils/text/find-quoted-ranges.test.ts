import { describe, expect, it } from 'vitest';
import { findQuotedRanges, MAX_QUOTE_CHARS } from '../../../utils/text/find-quoted-ranges';

const quoted = (line: string): string[] => findQuotedRanges(line).map(({ start, end }) => line.slice(start, end));

describe('findQuotedRanges', () => {
  it.each([
    ['curly quotes', 'He said “we go. Now,” and left.', ['“we go. Now,”']],
    ['straight quotes in turn', 'A "first" and a "second" quote', ['"first"', '"second"']],
    ['guillemets', 'Sie sagte «Ja. Nein» dann', ['«Ja. Nein»']],
    ['an apostrophe inside', '“Kim’s train,” they said', ['“Kim’s train,”']],
  ])('should find %s', (_name, line, expected) => {
    expect(quoted(line)).toEqual(expected);
  });

  it.each([
    ['no quote', 'Nothing quoted here.'],
    ['an unclosed quote', '“We go now. They stay.'],
    ['a closing quote only', 'They stay,” he said.'],
    ['an overlong quote', `“${'word '.repeat(MAX_QUOTE_CHARS)}”`],
  ])('should find nothing for %s', (_name, line) => {
    expect(findQuotedRanges(line)).toEqual([]);
  });
});
