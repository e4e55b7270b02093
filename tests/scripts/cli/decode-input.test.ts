import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../scripts/cli/decode-input';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));
/** One byte per character: how a windows-1252/Latin-1 file stores text made only of those characters. */
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const utf16 = (text: string, endian: 'le' | 'be') =>
  Uint8Array.from(
    [...text].flatMap((char) => {
      const code = char.charCodeAt(0);
      return endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    }),
  );

const page = (head: string, body: string) => `<html><head>${head}</head><body><p>${body}</p></body></html>`;

describe('decodeInput', () => {
  it.each([
    ['plain UTF-8', utf8('Kim met Putin.'), 'Kim met Putin.', 'utf-8'],
    ['UTF-8 with a BOM, removed', bytes([0xef, 0xbb, 0xbf], 'date 2026-01-01'), 'date 2026-01-01', 'utf-8'],
    ['non-ASCII text', utf8('Zürich – “quoted” © 2026 😀'), 'Zürich – “quoted” © 2026 😀', 'utf-8'],
    ['an empty file', new Uint8Array(), '', 'utf-8'],
    [
      'one broken byte in a long text, as UTF-8',
      bytes('a'.repeat(500), [0xff], 'b'.repeat(500)),
      `${'a'.repeat(500)}\uFFFD${'b'.repeat(500)}`,
      'utf-8',
    ],
    ['UTF-16LE with its BOM', bytes([0xff, 0xfe], [...utf16('Zürich, 2026', 'le')]), 'Zürich, 2026', 'utf-16le'],
    ['UTF-16BE with its BOM', bytes([0xfe, 0xff], [...utf16('Zürich, 2026', 'be')]), 'Zürich, 2026', 'utf-16be'],
  ])('should decode %s', (_name, input, text, encoding) => {
    expect(decodeInput(input)).toEqual({ ok: true, text, encoding });
  });

  it('should unpack gzip input first', () => {
    const html = page('<meta charset="utf-8">', 'Grüße aus Zürich');
    expect(decodeInput(gzipSync(utf8(html)))).toEqual({ ok: true, text: html, encoding: 'utf-8' });
  });

  it('should unpack gzip input holding a legacy-encoded page', () => {
    const html = page('<meta charset="iso-8859-1">', 'Café crème à la française');
    expect(decodeInput(gzipSync(latin1(html)))).toMatchObject({ text: html, encoding: 'windows-1252' });
  });

  it.each([
    ['<meta charset>', '<meta charset="windows-1252">', 'windows-1252'],
    ['an unquoted <meta charset>', '<meta charset=ISO-8859-1>', 'windows-1252'],
    [
      'an http-equiv Content-Type',
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">',
      'iso-8859-15',
    ],
  ])('should read a page in the charset its %s declares', (_name, head, encoding) => {
    const html = page(head, 'Le café où André a lu « Les Misérables ».');
    expect(decodeInput(latin1(html))).toEqual({ ok: true, text: html, encoding });
  });

  it('should read a Cyrillic page in the windows-1251 it declares', () => {
    const html = page('<meta charset="windows-1251">', 'Москва');
    const encoded = Uint8Array.from(html, (char) => {
      const code = char.charCodeAt(0);
      // In windows-1251, А..я (U+0410..U+044F) are 0xC0..0xFF.
      return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
    });
    expect(decodeInput(encoded)).toEqual({ ok: true, text: html, encoding: 'windows-1251' });
  });

  it('should read an XML declaration encoding', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>${page('', 'Señor Muñoz')}`;
    expect(decodeInput(latin1(xml))).toMatchObject({ text: xml, encoding: 'windows-1252' });
  });

  it('should read valid UTF-8 as UTF-8 whatever the page declares (a page saved again keeps its old declaration)', () => {
    const html = page('<meta charset="iso-8859-1">', 'Café crème');
    expect(decodeInput(utf8(html))).toEqual({ ok: true, text: html, encoding: 'utf-8' });
  });

  it('should read undeclared mostly-ASCII text that is not UTF-8 as windows-1252', () => {
    const text = 'date 2012-05-01\nLe café où André a lu « Les Misérables » était fermé. Déjà vu.\n';
    expect(decodeInput(latin1(text))).toEqual({ ok: true, text, encoding: 'windows-1252' });
  });

  it('should ignore a charset label this runtime does not know', () => {
    const html = page('<meta charset="klingon-8">', 'Café');
    expect(decodeInput(latin1(html))).toMatchObject({ ok: true, text: html, encoding: 'windows-1252' });
  });

  it.each([
    ['a NUL byte', bytes('text', [0], 'more'), /NUL bytes/],
    ['UTF-16 without a BOM (NUL bytes between ASCII letters)', bytes([0x41, 0x00, 0x42, 0x00]), /NUL bytes/],
    [
      'mostly invalid UTF-8 with no charset and little ASCII',
      Uint8Array.from({ length: 400 }, (_, i) => 0x80 + (i % 64)),
      /invalid UTF-8/,
    ],
    ['broken gzip data', Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3]), /broken gzip data/],
  ])('should refuse %s', (_name, input, message) => {
    const result = decodeInput(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(message);
  });
});
