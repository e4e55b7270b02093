// Shared global regexes: use them only with `match`, `matchAll` and `replace`, which reset or copy `lastIndex`;
// `exec`/`test` on a shared global regex would carry state from one caller to the next.

/** A word: a run of letters and digits. */
export const WORD_PATTERN = /[\p{L}\p{N}]+/gu;

/** A word with one apostrophe suffix kept on it ("don't", "people’s"), so it is not read as two words. */
export const SUFFIXED_WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** A letter or digit (not global: safe with `test`), the mark of a line that says something in words. */
export const WORD_CHARACTER = /[\p{L}\p{N}]/u;
