/**
 * Runs of anything but letters, their marks and digits: word breaks when texts are compared word for word. Marks
 * belong to their word: Indic and Thai vowel signs are marks ("हिन्दी"), and so is the dot that lower-casing Turkish
 * "İ" leaves after its "i".
 */
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/** Text as its words, lower-case and one space apart, so spacing, case and punctuation do not matter. */
export function foldWords(text: string): string {
  return text.toLowerCase().replace(NOT_WORD, ' ').trim();
}
