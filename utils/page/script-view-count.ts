/**
 * A view counter beside a byline as Georgian, Armenian, Amharic, Sinhala and Khmer news sites print it, its word
 * before or after the number: Georgian "ნახვა: 1 254", "ნახვები 1254", "1 254 ნახვა"; Armenian "Դիտումներ՝ 2847",
 * "2847 դիտում"; Amharic "እይታ: 3,100"; Sinhala "කියවූ වාර ගණන - 3,482", "කියවීම් 3482"; Khmer "ចំនួនអ្នកអាន ៥ ៧១២ ដង"
 * (readers, 5,712 times), "អ្នកមើល ១២៣៤"; Lao "ອ່ານ: 837 ຄັ້ງ" (read 837 times, KPL), Mongolian "Үзсэн: 4,218" (seen),
 * "4,218 удаа үзсэн", Burmese "ကြည့်ရှုသူ ၁,၂၃၄" (viewers). The number may be in Khmer, Burmese or Lao digits and
 * grouped with spaces, commas or dots.
 * Only the counter's word and a number: a sentence reporting views goes on past them.
 */

/** One digit: ASCII, Khmer, Burmese or Lao. */
const DIGIT = '[\\d\\u17E0-\\u17E9\\u1040-\\u1049\\u0ED0-\\u0ED9]';
/** A number in those digits, grouped with spaces, commas or dots ("1 254", "3,482", "៥ ៧១២"). */
const NUMBER = `${DIGIT}(?:(?:${DIGIT}|[\\s.,])*${DIGIT})?(?:\\s?[kK])?`;
/** The counter's words: views, readers, times read. */
const VIEW_WORDS =
  '(?:ნახვ(?:ა|ები)|դիտում(?:ներ)?|እይታ(?:ዎች)?|ተመልካች|කියවූ වාර(?: ගණන)?|කියවීම්|(?:ចំនួន)?អ្នក(?:អាន|មើល)|ចំនួនមើល|(?:ຜູ້)?ອ່ານ|ເບິ່ງ|(?:удаа )?үзсэн|үзэлт|ကြည့်ရှုသူ|ဖတ်ရှုသူ)';
/** Khmer closes the count with "ដង" (times), Lao with "ຄັ້ງ", Burmese with "ကြိမ်" or "ဦး" (persons). */
const TIMES = '(?:\\s*(?:ដង|ຄັ້ງ|ကြိမ်|ဦး))?';

const SCRIPT_VIEW_COUNT = new RegExp(
  `^(?:${VIEW_WORDS}\\s*[:՝\\-–]?\\s*${NUMBER}${TIMES}|${NUMBER}\\s+${VIEW_WORDS}${TIMES})$`,
  'iu',
);

/** True for a view counter in one of those scripts, alone ("ចំនួនអ្នកអាន ៥ ៧១២ ដង", "1 254 ნახვა"). */
export function isScriptViewCount(text: string): boolean {
  return SCRIPT_VIEW_COUNT.test(text.trim());
}
