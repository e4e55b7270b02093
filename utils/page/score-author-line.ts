import type { NameCounts } from './count-names';
import { isNameShaped } from './is-name-shaped';
import { STOP_WORDS } from './stop-words';

/**
 * Evidence (log-odds-like points) that a line is a user name. Names are mostly one token; every extra word makes a
 * name less likely and a short sentence more likely. Index = number of words.
 */
const WORD_SCORES = [0, 2, 1, -1, -2];
/** Short lines are the usual user-name length (chars). */
const SHORT_NAME_LENGTH = 20;
const SHORT_NAME_BONUS = 0.5;
/** Each function word ("was", "the", "de") counts against a name: names rarely contain them, sentences always do. */
const STOP_WORD_PENALTY = 2;
/** The site prints a user's name the same way on each comment, so an exact repeat is strong evidence. */
const REPEAT_BONUS = 2;
/** A rarer case variant of a repeated name ("yrraL" next to 3× "Yrral") was typed by a reader, not printed. */
const VARIANT_PENALTY = 3;
/** An all-caps line of several words is shouting, not a name. */
const SHOUT_PENALTY = 2;
/** Handles mix letters and digits ("GBR48", "3Pb45") or end in a number ("Fan 2"); sentences rarely do. */
const DIGIT_BONUS = 1;
/** Unspaced CJK runs longer than this are sentences; CJK names are 2–4 characters. */
const CJK_NAME_MAX = 6;
const CJK_PENALTY = 3;

// Particles that are part of names ("José de la Cruz", "van Gogh"); they are stop words too but not evidence here.
const NAME_PARTICLES = new Set(['de', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'dos', 'du', 'al']);
const FUNCTION_WORDS = new Set(
  [...STOP_WORDS.values()].flatMap((words) => [...words]).filter((word) => !NAME_PARTICLES.has(word)),
);
const SPACES = / +/;
const LETTER_DIGIT = /\p{L}\p{N}|\p{N}\p{L}| \p{N}+$/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const CJK_RUN = new RegExp(
  `[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]{${CJK_NAME_MAX + 1},}`,
  'u',
);

/** Scores how much a line looks like a comment's author line; `-Infinity` when it cannot be one. */
export function scoreAuthorLine(text: string, names: NameCounts): number {
  if (!isNameShaped(text)) return -Infinity;
  const words = text.split(SPACES);
  let score = WORD_SCORES[words.length] ?? -Infinity;
  if (text.length <= SHORT_NAME_LENGTH) score += SHORT_NAME_BONUS;
  for (const word of words) if (FUNCTION_WORDS.has(word.toLowerCase())) score -= STOP_WORD_PENALTY;
  const exact = names.exact.get(text) ?? 0;
  if (exact >= 2) score += REPEAT_BONUS;
  if ((names.topVariant.get(text.toLowerCase()) ?? 0) > exact) score -= VARIANT_PENALTY;
  if (LETTER_DIGIT.test(text)) score += DIGIT_BONUS;
  if (words.length > 1 && HAS_UPPER.test(text) && !HAS_LOWER.test(text)) score -= SHOUT_PENALTY;
  if (CJK_RUN.test(text)) score -= CJK_PENALTY;
  return score;
}
