/**
 * Share of undecodable bytes (as U+FFFD per decoded character) above which input is called binary, not text with a
 * few broken characters. 1% tolerates a mangled quote or two in a page; real binaries score far higher.
 */
const MAX_REPLACEMENT_RATIO = 0.01;

const REPLACEMENT = /\uFFFD/g;

/** Decoded text, or the reason the bytes were refused. */
export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Decodes file bytes as UTF-8 text, dropping a leading byte-order mark (so offsets count from the first character
 * after it). Binary input (a NUL byte, or too many invalid UTF-8 sequences) is refused with a reason.
 */
export function decodeInput(bytes: Uint8Array): DecodeResult {
  if (bytes.includes(0)) return { ok: false, error: 'binary input (contains NUL bytes); expected UTF-8 text or HTML' };
  // ignoreBOM: false means the decoder strips a leading BOM itself.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  const replaced = text.match(REPLACEMENT)?.length ?? 0;
  if (replaced > 0 && replaced / text.length > MAX_REPLACEMENT_RATIO) {
    return { ok: false, error: `binary input (${replaced} invalid UTF-8 sequences); expected UTF-8 text or HTML` };
  }
  return { ok: true, text };
}
