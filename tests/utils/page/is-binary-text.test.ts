import { describe, expect, it } from 'vitest';
import { isBinaryText } from '../../../utils/page/is-binary-text';

describe('isBinaryText', () => {
  it.each([
    ['a NUL byte', 'PK\u0003\u0004\u0000\u0000abc'],
    ['control characters', '\u0001\u0002\u0003\u0004\u0005abc'],
    ['replacement characters', '\ufffd\ufffd\ufffd\ufffdab'],
  ])('should flag %s', (_, text) => {
    expect(isBinaryText(text)).toBe(true);
  });

  it.each([
    ['plain text', 'Hello, world.\r\n\tIndented line.\f'],
    ['non-Latin text', 'Мария пишет: 你好'],
    ['empty input', ''],
  ])('should accept %s', (_, text) => {
    expect(isBinaryText(text)).toBe(false);
  });
});
