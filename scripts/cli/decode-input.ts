import { gunzipSync } from 'node:zlib';

/**
 * Share of undecodable bytes (as U+FFFD per decoded character) above which undeclared input is not taken as UTF-8 with
 * a few broken characters. 1% tolerates a mangled quote or two in a page; text in a legacy encoding or a binary file
 * scores far higher.
 */
const MAX_REPLACEMENT_RATIO = 0.01;

/**
 * Share of printable ASCII characters a file must have to be read as undeclared windows-1252 text when it is not
 * UTF-8. Western-language text in a legacy encoding is mostly ASCII with some accented letters; binary data is not.
 */
const MIN_ASCII_RATIO = 0.7;

/**
 * Largest gzip input once unpacked (bytes). A saved web page is at most a few megabytes; the cap keeps a corrupt or
 * hostile archive from filling memory.
 */
const MAX_GUNZIPPED_BYTES = 64 * 1024 * 1024;

/** How far into an HTML file a charset declaration is looked for (bytes): the HTML standard's prescan window. */
const PRESCAN_BYTES = 1024;

const REPLACEMENT = /\uFFFD/g;
const PRINTABLE_ASCII = /[\t\n\r\x20-\x7e]/g;

/** `<meta charset=…>`, `<meta http-equiv=Content-Type content="…; charset=…">`, or an XML declaration's encoding. */
const DECLARED_CHARSET = [
  /<meta\s[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i,
  /<\?xml\s[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i,
];

/** Decoded text and the encoding it was read in, or the reason the bytes were refused. */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: string };

const GZIP_MAGIC = [0x1f, 0x8b];

/** Byte-order marks and the encodings they name (the decoder strips the mark itself). */
const BYTE_ORDER_MARKS: readonly (readonly [number[], string])[] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** The encoding a charset label names, if this runtime can decode it; `undefined` for unknown labels. */
function knownEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * The charset an HTML file declares near its start. A declared UTF-16 is read as UTF-8, as browsers do: a file that
 * could be read as ASCII to find the declaration is not UTF-16.
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const pattern of DECLARED_CHARSET) {
    const label = pattern.exec(head)?.[1];
    const encoding = label === undefined ? undefined : knownEncoding(label);
    if (encoding !== undefined) return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  return undefined;
}

const ratio = (text: string, pattern: RegExp) =>
  text.length === 0 ? 0 : (text.match(pattern)?.length ?? 0) / text.length;

function unzip(bytes: Uint8Array): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: MAX_GUNZIPPED_BYTES }) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return code === 'ERR_BUFFER_TOO_LARGE'
      ? { ok: false, error: `gzip input larger than ${MAX_GUNZIPPED_BYTES / 1024 / 1024} MB once unpacked` }
      : { ok: false, error: 'broken gzip data' };
  }
}

/**
 * Decodes file bytes into text, the way a browser would open a saved page:
 * - gzip input (`page.html.gz`) is unpacked first;
 * - a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE) and is dropped, so offsets count from the first character
 *   after it;
 * - otherwise valid UTF-8 is read as UTF-8 whatever the page declares (a page saved again as UTF-8 often keeps its old
 *   declaration);
 * - otherwise the charset the page declares (`<meta charset>`, `http-equiv`, XML declaration) is used;
 * - otherwise UTF-8 with a few broken characters is still read as UTF-8, and mostly-ASCII text as windows-1252 (the
 *   web's default legacy encoding).
 * Binary input (a NUL byte outside UTF-16, or bytes that fit none of the above) is refused with a reason.
 */
export function decodeInput(input: Uint8Array): DecodeResult {
  let bytes = input;
  if (startsWith(bytes, GZIP_MAGIC)) {
    const unzipped = unzip(bytes);
    if (!unzipped.ok) return unzipped;
    bytes = unzipped.bytes;
  }
  const marked = BYTE_ORDER_MARKS.find(([mark]) => startsWith(bytes, mark));
  if (marked !== undefined) {
    const encoding = marked[1];
    return { ok: true, text: new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes), encoding };
  }
  if (bytes.includes(0)) return { ok: false, error: 'binary input (contains NUL bytes); expected text or HTML' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: look for a declaration, then guess.
  }
  const declared = declaredEncoding(bytes);
  if (declared !== undefined && declared !== 'utf-8') {
    return { ok: true, text: new TextDecoder(declared).decode(bytes), encoding: declared };
  }
  const lenient = new TextDecoder('utf-8').decode(bytes);
  if (declared === 'utf-8' || ratio(lenient, REPLACEMENT) <= MAX_REPLACEMENT_RATIO) {
    return { ok: true, text: lenient, encoding: 'utf-8' };
  }
  const legacy = new TextDecoder('windows-1252').decode(bytes);
  if (ratio(legacy, PRINTABLE_ASCII) >= MIN_ASCII_RATIO) return { ok: true, text: legacy, encoding: 'windows-1252' };
  const broken = lenient.match(REPLACEMENT)?.length ?? 0;
  return {
    ok: false,
    error: `binary input (${broken} invalid UTF-8 sequences, no charset declared); expected text or HTML`,
  };
}
