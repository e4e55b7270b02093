/** Longest user name we accept, in UTF-16 units; longer lines are text. */
const NAME_MAX_LENGTH = 40;
/** Most words a displayed user name has ("Mary Ann de Vries"). */
export const NAME_MAX_WORDS = 4;

// Letters, marks, digits, "_" to start; then also spaces, dots, apostrophes and hyphens inside ("J.R. Smith",
// "O'Neil", "Jean-Luc"). No sentence punctuation, quotes, "@" or ">" (those mark replies and quotes in text).
const NAME = /^[\p{L}\p{N}_][\p{L}\p{M}\p{N}_.'’ -]*[\p{L}\p{M}\p{N}_]$|^[\p{L}\p{N}]$/u;
const SPACES = / +/;
// A name may end in an initial with its dot ("Ana P.", "John Q."); any other final dot ends a sentence.
const FINAL_INITIAL = /(?:^|[\s.])\p{Lu}\.$/u;

/** True when a line could be a user name: short, few words, name characters only, no sentence punctuation. */
export function isNameShaped(text: string): boolean {
  if (text.length > NAME_MAX_LENGTH) return false;
  const core = FINAL_INITIAL.test(text) ? text.slice(0, -1) : text;
  return NAME.test(core) && core.split(SPACES).length <= NAME_MAX_WORDS;
}
