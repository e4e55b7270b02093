/**
 * A view counter beside a byline as Georgian, Armenian, Amharic, Sinhala and Khmer news sites print it, its word
 * before or after the number: Georgian "ნახვა: 1 254", "ნახვები 1254", "1 254 ნახვა"; Armenian "Դիտումներ՝ 2847",
 * "2847 դիտում"; Amharic "እይታ: 3,100"; Sinhala "කියවූ වාර ගණන - 3,482", "කියවීම් 3482"; Khmer "ចំនួនអ្នកអាន ៥ ៧១២ ដង"
 * (readers, 5,712 times), "អ្នកមើល ១២៣៤". The number may be in Khmer digits and grouped with spaces, commas or dots.
 * Only the counter's word and a number: a sentence reporting views goes on past them.
 */

/** A number in ASCII or Khmer digits, grouped with spaces, commas or dots ("1 254", "3,482", "៥ ៧១២"). */
const NUMBER = '[\\d\\u17E0-\\u17E9](?:[\\d\\u17E0-\\u17E9\\s.,]*[\\d\\u17E0-\\u17E9])?(?:\\s?[kK])?';
/** The counter's words: views, readers, times read. */
const VIEW_WORDS =
  '(?:ნახვ(?:ა|ები)|դիտում(?:ներ)?|እይታ(?:ዎች)?|ተመልካች|කියවූ වාර(?: ගණන)?|කියවීම්|(?:ចំនួន)?អ្នក(?:អាន|មើល)|ចំនួនមើល)';
/** Khmer closes the count with "ដង" (times). */
const TIMES = '(?:\\s*ដង)?';

const SCRIPT_VIEW_COUNT = new RegExp(
  `^(?:${VIEW_WORDS}\\s*[:՝\\-–]?\\s*${NUMBER}${TIMES}|${NUMBER}\\s+${VIEW_WORDS}${TIMES})$`,
  'iu',
);

/** True for a view counter in one of those scripts, alone ("ចំនួនអ្នកអាន ៥ ៧១២ ដង", "1 254 ნახვა"). */
export function isScriptViewCount(text: string): boolean {
  return SCRIPT_VIEW_COUNT.test(text.trim());
}
