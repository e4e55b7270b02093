import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../scripts/cli/decode-input';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

describe('decodeInput', () => {
  it.each([
    ['plain UTF-8', utf8('Kim met Putin.'), 'Kim met Putin.'],
    ['UTF-8 with a BOM, removed', bytes([0xef, 0xbb, 0xbf], 'date 2026-01-01'), 'date 2026-01-01'],
    ['non-ASCII text', utf8('Zürich – “quoted” © 2026 😀'), 'Zürich – “quoted” © 2026 😀'],
    ['an empty file', new Uint8Array(), ''],
    [
      'one broken byte in a long text',
      bytes('a'.repeat(500), [0xff], 'b'.repeat(500)),
      `${'a'.repeat(500)}\uFFFD${'b'.repeat(500)}`,
    ],
  ])('should decode %s', (_name, input, expected) => {
    expect(decodeInput(input)).toEqual({ ok: true, text: expected });
  });

  it.each([
    ['a NUL byte', bytes('text', [0], 'more'), /NUL bytes/],
    ['UTF-16 text (NUL bytes between ASCII letters)', bytes([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]), /NUL bytes/],
    ['mostly invalid UTF-8', Uint8Array.from({ length: 400 }, (_, i) => 0x80 + (i % 64)), /invalid UTF-8/],
  ])('should refuse %s as binary', (_name, input, message) => {
    const result = decodeInput(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(message);
  });
});
