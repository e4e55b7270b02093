import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../utils/export/escape-markdown';

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'Mayor Lena Ortiz said so.'],
    ['an apostrophe and quotes', 'It’s “fine,” she said.'],
    ['a mid-line hyphen', 'a well-known two-year plan'],
    ['a number mid-line', 'In 2019. Then 2020.'],
  ])('should leave %s unchanged', (_name, text) => {
    expect(escapeMarkdown(text)).toBe(text);
  });

  it.each([
    ['emphasis', 'so *very* _bad_', 'so \\*very\\* \\_bad\\_'],
    ['code', 'run `rm`', 'run \\`rm\\`'],
    ['a link', '[click](https://spam.test)', '\\[click\\](https\\://spam.test)'],
    ['a bare URL', 'see https://spam.test now', 'see https\\://spam.test now'],
    ['a www address', 'go to www.spam.test', 'go to www\\.spam.test'],
    ['inline HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['an entity', 'AT&amp;T', 'AT\\&amp;T'],
    ['a table pipe', 'a | b', 'a \\| b'],
    ['a backslash', 'C:\\dir', 'C:\\\\dir'],
    ['a heading start', '# Breaking', '\\# Breaking'],
    ['a quote start', '> quoted', '\\> quoted'],
    ['a list start', '- item', '\\- item'],
    ['a plus list start', '+ item', '\\+ item'],
    ['an ordered list start', '1) first', '1\\) first'],
    ['an ordered list start with a dot', '12. twelfth', '12\\. twelfth'],
    ['a setext underline', '===', '\\==='],
  ])('should escape %s', (_name, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it.each([
    ['line breaks', 'one\ntwo\r\nthree', 'one two three'],
    ['surrounding space', '  padded \t', 'padded'],
    ['empty text', '', ''],
  ])('should fold %s to one line', (_name, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});
