/**
 * The low four bits of a digit of these scripts are its value: Arabic-Indic (U+0660), Persian (U+06F0), Burmese
 * (U+1040), Lao (U+0ED0) and Tibetan (U+0F20) each start their digits at a code point ending in 0.
 */
const DIGIT_VALUE_BITS = 0x0f;

/**
 * `text` with each digit `digits` matches (a global pattern over one script's ten digits) written as an ASCII digit.
 * One code unit each way, so lengths and offsets hold.
 */
export function foldDigits(text: string, digits: RegExp): string {
  return text.replace(digits, (digit) => String(digit.charCodeAt(0) & DIGIT_VALUE_BITS));
}
