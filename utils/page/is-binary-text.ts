/** How much of the input to sample (UTF-16 units): binary files show themselves at once; 10 MB need not be read. */
const SAMPLE_LENGTH = 65536;
/** Share (0–1) of control or replacement characters above which the input is not text. */
const MAX_CONTROL_SHARE = 0.1;
/** U+FFFD, which decoders emit for bytes that are not valid UTF-8. */
const REPLACEMENT = 0xfffd;

/** True when the input is a binary file read as text: a NUL, or many control/replacement characters. */
export function isBinaryText(text: string): boolean {
  const length = Math.min(text.length, SAMPLE_LENGTH);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (isControl(code)) controls++;
  }
  return length > 0 && controls / length > MAX_CONTROL_SHARE;
}

/** C0 controls except tab, LF, VT, FF and CR; DEL; and the replacement character. */
function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f || code === REPLACEMENT;
}
