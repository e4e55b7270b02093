import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../utils/page/split-lines';

describe('splitLines', () => {
  it.each([
    ['LF', 'a\nb', ['a', 'b']],
    ['CRLF', 'a\r\nb\r\n', ['a', 'b']],
    ['lone CR', 'a\rb', ['a', 'b']],
    ['stray whitespace', '  a \t\n\n   \n\u00a0b\u00a0 ', ['a', 'b']],
    ['no line end', 'only', ['only']],
  ])('should split and trim %s input', (_, input, expected) => {
    expect(splitLines(input).map((line) => line.text)).toEqual(expected);
  });

  it.each([[''], ['   '], ['\n\r\n\n']])('should give no lines for blank input %j', (input) => {
    expect(splitLines(input)).toEqual([]);
  });

  it('should give offsets of the trimmed text', () => {
    const input = ' x y \r\n\tz\n';
    for (const line of splitLines(input)) expect(input.slice(line.start, line.end)).toBe(line.text);
  });
});
