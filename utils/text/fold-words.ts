/** Runs of anything but letters and digits: word breaks when texts are compared word for word. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Text as its words, lower-case and one space apart, so spacing, case and punctuation do not matter. */
export function foldWords(text: string): string {
  return text.toLowerCase().replace(NOT_WORD, ' ').trim();
}
