import { parseAsianScriptDate } from './asian-script-date';
import { parseEthiopianDate } from './ethiopian-date';
import { AFRICAN_MONTH_NAMES } from './african-months';
import { FILIPINO_MALAY_MONTH_NAMES } from './filipino-malay-months';
import { readYorubaDate } from './yoruba-date';
import { namesPattern } from './month-names';
import { SOLAR_HIJRI_MONTH, solarHijriMonth, solarHijriToIso } from './solar-hijri-date';
import { foldDigits } from './fold-digits';

/** A date found at the start of a string: its ISO form and how many characters of the string it spans. */
export interface DateMatch {
  iso: string;
  length: number;
}

// Month names of the languages the stop-word table knows, January first; abbreviations are their first three
// letters ("Sep", "févr" is read as "fév"), plus "Sept". Russian uses the genitive ("12 сентября 2023").
const MONTH_NAMES = [
  'january february march april may june july august september october november december',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
];
const MONTHS = new Map<string, number>([['sept', 9]]);
const AMBIGUOUS = new Set<string>();
for (const names of MONTH_NAMES) {
  names.split(' ').forEach((name, i) => {
    MONTHS.set(name, i + 1);
    const short = name.slice(0, 3);
    // "jui" is both juin and juillet: an abbreviation that names two months names none.
    if ((MONTHS.get(short) ?? i + 1) !== i + 1) AMBIGUOUS.add(short);
    MONTHS.set(short, i + 1);
  });
}
for (const short of AMBIGUOUS) MONTHS.delete(short);
// Central and Eastern European month names, whole words only: their three-letter stems clash ("čer" is June and July
// in Czech) or are words ("led", "lis"). Czech, Slovak, Polish and Ukrainian date a story in the genitive ("27.
// listopadu 2026", "27 listopada 2026", "27 листопада 2026"); Czech also in the nominative; Romanian has one form.
// Serbian (Cyrillic) dates a story in the nominative or the genitive ("28. новембар 2026.", "28. новембра 2026."),
// Bulgarian in the one form it has ("28 ноември 2026").
const CEE_MONTH_NAMES = [
  'ledna února března dubna května června července srpna září října listopadu prosince',
  'leden únor březen duben květen červen červenec srpen září říjen listopad prosinec',
  'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra',
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
  'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
  'јануар фебруар март април мај јун јул август септембар октобар новембар децембар',
  'јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра',
  'януари февруари март април май юни юли август септември октомври ноември декември',
];
// Month names of Nordic, Finnish (the partitive a date uses: "27. marraskuuta 2026"), Turkish, Indonesian and
// Hungarian templates, whole words only for the same reasons ("ara", "kas", "eki" are words).
const MORE_MONTH_NAMES = [
  'januar februar mars april mai juni juli august september oktober november desember',
  'januari februari mars april maj juni juli augusti september oktober november december',
  'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
  'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
  'januari februari maret april mei juni juli agustus september oktober november desember',
  'január február március április május június július augusztus szeptember október november december',
];
// Georgian and Armenian month names, whole words only: Georgian dates a story in the nominative ("29 ნოემბერი,
// 2026"), Armenian in the genitive or the nominative ("28 նոյեմբերի, 2026", "նոյեմբեր 28, 2026").
const CAUCASUS_MONTH_NAMES = [
  'იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი',
  'հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր',
  'հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի',
];
for (const names of [
  ...CEE_MONTH_NAMES,
  ...MORE_MONTH_NAMES,
  ...CAUCASUS_MONTH_NAMES,
  ...AFRICAN_MONTH_NAMES,
  ...FILIPINO_MALAY_MONTH_NAMES,
])
  names.split(' ').forEach((name, i) => MONTHS.set(name, i + 1));
// Arabic month names as Egyptian and Gulf papers write them ("27 نوفمبر 2026"), with the spellings of April, August
// and October that drop the hamza; no abbreviations (three Arabic letters are often a word: "مار", "ماي").
const ARABIC_MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل إبريل ابريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس اغسطس',
  'سبتمبر',
  'أكتوبر اكتوبر',
  'نوفمبر',
  'ديسمبر',
];
ARABIC_MONTHS.forEach((names, i) => names.split(' ').forEach((name) => MONTHS.set(name, i + 1)));
// Gregorian month names as Urdu and Persian papers write them ("ہفتہ 28 نومبر 2026", "۷ دسامبر ۲۰۲۶"), Urdu first.
// Persian "مه" (May) is two letters, shorter than a month name is read ("مه" is also "fog"), and is left out.
const URDU_PERSIAN_MONTHS = [
  'جنوری ژانویه',
  'فروری فوریه',
  'مارچ مارس',
  'اپریل آوریل',
  'مئی',
  'جون ژوئن',
  'جولائی ژوئیه',
  'اگست اوت',
  'ستمبر سپتامبر',
  'اکتوبر اکتبر',
  'نومبر نوامبر',
  'دسمبر دسامبر',
];
URDU_PERSIAN_MONTHS.forEach((names, i) => names.split(' ').forEach((name) => MONTHS.set(name, i + 1)));
// The Syriac month names of Lebanese, Syrian, Jordanian and Iraqi papers ("27 تشرين الثاني 2026"), with and without
// the hamza; two of them are two words, and "آب" (August) is two letters, so they are matched by name, not as a word.
const LEVANTINE_MONTHS = [
  'كانون الثاني',
  'شباط',
  'آذار|اذار',
  'نيسان',
  'أيار|ايار',
  'حزيران',
  'تموز',
  'آب|اب',
  'أيلول|ايلول',
  'تشرين الأول|تشرين الاول',
  'تشرين الثاني',
  'كانون الأول|كانون الاول',
];
LEVANTINE_MONTHS.forEach((names, i) => names.split('|').forEach((name) => MONTHS.set(name, i + 1)));
// Longest first, so "كانون الثاني" is not cut short.
const LEVANTINE = namesPattern(LEVANTINE_MONTHS.flatMap((names) => names.split('|')));
// A word that may be a month ("September", "Sept.", "sep", "févr.", Polish "października"); checked against MONTHS
// after matching. Pan-Arab papers give both names, the Syriac one first: "27 تشرين الثاني/نوفمبر 2026"; the one before
// the slash is read.
const MONTH = `(${LEVANTINE}|\\p{L}{3,12})(?:/\\p{Script=Arabic}{3,10})?\\.?`;
// Time-of-day that may follow a date: "10:00 AM", "at 10:00", "@ 12:56pm", "13.58", German "16:40 Uhr". Kept in the
// text, not in the ISO value; its time zone is read after it (`zoneAfter`).
const TIME = '(?:,?\\s+(?:(?:at|@)\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*(?:[ap]\\.?m\\.?|Uhr\\b))?)?';
// A time zone's abbreviation after the time ("EDT", "BST", "UTC"), in capitals. Read apart from the date patterns, whose
// `i` flag would take any short word for one: "March 3, 2014 at 1:24 am in Economics" ends on the time, not on "in".
// GMT and UTC may carry their offset ("8:12 AM GMT+1", "UTC+05:30", as Bloomberg stamped its stories of about
// 2019-2021 in the reader's zone), which ends on a digit: a label glued after it ("GMT+1Updated on …") is no part.
const ZONE = /^\s+(?:(?:GMT|UTC)[+\-−]\d{1,2}(?::?\d{2})?(?!\p{N})|[A-Z]{2,4}(?![\p{L}\p{N}]))/u;
// A date's text that ends on a time of day, after which a zone may stand.
const CLOCK_END = /\d[:.]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|Uhr))?$/i;
// Not followed by more of a word or number, so "2023-09-123" or "12 Septembers" are not dates.
const END = '(?![\\p{L}\\p{N}-])';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w-])/;
// "Nov. 6,2012": some pages leave out the space after the comma.
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})${TIME}${END}`, 'iu');
// "12 Sep 2023", "12. September 2023", "12 de septiembre de 2023".
const DAY_FIRST = new RegExp(
  `^(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?(\\d{4})${TIME}${END}`,
  'iu',
);
// Day, month name and year joined by dots, as Folha de S.Paulo stamps a story: "28.nov.2026 às 14h05" (the time is read
// as the header's, after the date).
const DOTTED = new RegExp(`^(\\d{1,2})\\.(\\p{L}{3,12})\\.(\\d{4})${END}`, 'iu');
// Numeric dates with dots or slashes are read day-first ("12.09.2023", most of Europe) unless the second number
// cannot be a month ("9/30/2023", US order).
// Dashes too ("08-17-2012"), the same separator twice.
// A two-digit year ("19/10/12", "11.05.12") is read as 20xx; dashes are left out there ("10-12-14" may be a score).
// Serbian and Croatian close a dotted year with a dot of its own ("28.11.2026. 14:05"), read as part of the date
// when a space or the end follows it.
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|(?<=[./])\d{2})(?:(?<=\.\d{4})\.(?=\s|$))?(?![\w.-])/;
const NUMERIC_TIME = new RegExp(`^${TIME}`, 'iu');
// Year first, as Chinese, Japanese and Korean pages write a date ("2026年11月27日", "2026년 11월 27일") and Hungarian
// ones ("2026. november 27.", "2026. 11. 27.").
const CJK_DATE = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
const HUNGARIAN_DATE = new RegExp(
  `^(\\d{4})\\.\\s*(?:${MONTH}|(\\d{1,2})\\.)\\s*(\\d{1,2})\\.(?![\\p{L}\\p{N}])`,
  'iu',
);
// A Solar Hijri date, as Iranian and Afghan pages print a story's ("۷ آذر ۱۴۰۵", "۸ قوس ۱۴۰۵ - ۱۰:۱۵"): read as the
// Gregorian day it names.
const SOLAR_HIJRI = new RegExp(`^(\\d{1,2})\\s+(${SOLAR_HIJRI_MONTH})\\s+(\\d{4})${TIME}${END}`, 'u');
// Arabic-Indic and Persian digits, U+0660–0669 and U+06F0–06F9 (see `foldDigits`).
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
// Year first with slashes ("2026/11/27") or dots, as Korean and Chinese templates stamp a story ("2026.11.27 14:22",
// the time read with it). The same separator twice; a fourth dotted number ("2026.11.27.3", a version) is no date.
const SLASHED_ISO = /^(\d{4})([/.])(\d{2})\2(\d{2})(?![\w/-]|\.\d)/;

/** Reads a date (ISO, "September 12, 2023", "12 Sep 2023", "12.09.2023", "09-12-2023") at the very start of `text`. */
export function parseDate(raw: string): DateMatch | undefined {
  // Arabic-Indic and Persian digits ("٢٧ نوفمبر ٢٠٢٦") read as ASCII ones; one code unit each, so lengths hold.
  const text = foldDigits(raw, EASTERN_DIGIT);
  const iso = ISO.exec(text);
  if (iso) return build(iso[1], iso[2], iso[3], iso[0].length + (iso[4] ? 0 : timeAfter(text, iso[0].length)), iso[4]);
  const slashed = SLASHED_ISO.exec(text);
  if (slashed) return build(slashed[1], slashed[3], slashed[4], slashed[0].length + timeAfter(text, slashed[0].length));
  // Before the day-first names: a Solar Hijri month is no Gregorian one.
  const solar = SOLAR_HIJRI.exec(text);
  if (solar) {
    const iso = solarHijriToIso(Number(solar[3]), solarHijriMonth(solar[2] ?? '') ?? 0, Number(solar[1]));
    return iso === undefined ? undefined : { iso, length: solar[0].length + zoneAfter(text, solar[0].length) };
  }
  // An Ethiopian-calendar date ("ኅዳር 20, 2019"), read into its Gregorian day.
  const ethiopian = parseEthiopianDate(text);
  if (ethiopian) return ethiopian;
  // Burmese, Lao, Dhivehi, Mongolian and Tibetan dates ("နိုဝင်ဘာ ၂၉၊ ၂၀၂၆", "2026 оны 11 сарын 29"), read as their
  // parts and checked here like the others; one naming no real day leaves the text to the forms below.
  const asian = parseAsianScriptDate(text);
  const asianDate = asian && build(asian.year, String(asian.month), asian.day, asian.length);
  if (asianDate) return asianDate;
  const named = MONTH_FIRST.exec(text);
  if (named)
    return build(named[3], monthNumber(named[1]), named[2], named[0].length + zoneAfter(text, named[0].length));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const length = dayFirst[0].length + zoneAfter(text, dayFirst[0].length);
    return build(dayFirst[3], monthNumber(dayFirst[2]), dayFirst[1], length);
  }
  const dotted = DOTTED.exec(text);
  if (dotted) return build(dotted[3], monthNumber(dotted[2]), dotted[1], dotted[0].length);
  const cjk = CJK_DATE.exec(text);
  if (cjk) return build(cjk[1], cjk[2], cjk[3], cjk[0].length + timeAfter(text, cjk[0].length));
  const hungarian = HUNGARIAN_DATE.exec(text);
  if (hungarian) {
    const month = hungarian[2] === undefined ? hungarian[3] : monthNumber(hungarian[2]);
    return build(hungarian[1], month, hungarian[4], hungarian[0].length);
  }
  const yoruba = readYorubaDate(text);
  if (yoruba) return build(String(yoruba.year), String(yoruba.month), String(yoruba.day), yoruba.length);
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, first, , second, digits = ''] = numeric;
    const monthFirst = Number(second) > 12;
    const year = digits.length === 2 ? `20${digits}` : digits;
    const length = numeric[0].length + timeAfter(text, numeric[0].length);
    return build(year, monthFirst ? first : second, monthFirst ? second : first, length);
  }
  return undefined;
}

/** Length of a time of day right after a numeric date ("11/07/2012 1:23 AM", "2012-08-09 02:20:33"), else 0. */
function timeAfter(text: string, at: number): number {
  const time = NUMERIC_TIME.exec(text.slice(at))?.[0].length ?? 0;
  return time === 0 ? 0 : time + zoneAfter(text, at + time);
}

/** Length of a time zone in capitals right after a date's text ending on a time of day (see `ZONE`), else 0. */
function zoneAfter(text: string, at: number): number {
  if (!CLOCK_END.test(text.slice(0, at))) return 0;
  return ZONE.exec(text.slice(at))?.[0].length ?? 0;
}

function monthNumber(name: string | undefined): string | undefined {
  const month = name === undefined ? undefined : MONTHS.get(name.toLowerCase());
  return month === undefined ? undefined : String(month);
}

function build(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  length: number,
  time?: string,
): DateMatch | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (![y, m, d].every(Number.isInteger) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso: time ? date + time : date, length };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
