/**
 * The words before a date on a byline row in a script without capitals (Arabic, Persian, Kurdish, Urdu, Hebrew): the
 * outlet and the city it reports from ("ڕووداو - هەولێر ٢٩-١١-٢٠٢٦ - ١٠:٠٥", "Rudaw - Erbil" as Kurdish sites print
 * it), or a city alone. Latin datelines are read by their capitals ("WESTPORT, Wash."); these scripts have none, so the
 * shape must do: one to three words, joined by spaces or a spaced dash, and nothing but a time of day after the date.
 */

/**
 * One to three words of letters (marks and the Persian zero-width joiner inside them), spaces or a spaced dash between.
 */
const SHORT_LEAD = /^[\p{L}\p{M}\u200C]+(?:(?:\s+[-–—|·•/]\s+|\s+)[\p{L}\p{M}\u200C]+){0,2}$/u;
/** A letter of a cased script (Latin, Cyrillic, Greek …): such a lead is left to the capitals' rules. */
const CASED_LETTER = /[\p{Lu}\p{Ll}\p{Lt}]/u;
/** A time of day alone after the date, in ASCII, Arabic-Indic or Persian digits: "- ١٠:٠٥". */
const TIME_ONLY = /^[-–—|·•,]?\s*[0-9\u0660-\u0669\u06F0-\u06F9]{1,2}[:.][0-9\u0660-\u0669\u06F0-\u06F9]{2}$/u;

/**
 * True when `lead` (the text before a date, its joins trimmed) is such a dateline and `rest` (the text after the
 * date, trimmed; undefined when none) holds at most a time of day.
 */
export function isUncasedDateline(lead: string, rest: string | undefined): boolean {
  return SHORT_LEAD.test(lead) && !CASED_LETTER.test(lead) && (rest === undefined || TIME_ONLY.test(rest));
}
