import { foldDigits } from './fold-digits';
import { monthsByName, namesPattern } from './month-names';

/**
 * Gregorian dates as news sites print a story's date in five more scripts, read where `parseDate` reads the others:
 * Burmese ("နိုဝင်ဘာ ၂၉၊ ၂၀၂၆", month first, in Burmese digits, with the Burmese comma; "၂၀၂၆ ခုနှစ် နိုဝင်ဘာလ ၂၉
 * ရက်", year first as formal dates write it), Lao ("29 ພະຈິກ 2026", "ວັນທີ 29 ພະຈິກ 2026": "date 29 November"),
 * Dhivehi ("29 ނޮވެމްބަރ 2026"), Mongolian, which names months by number ("2026 оны 11 сарын 29", "2026 оны 11-р сарын
 * 29-ний"), and Tibetan, which also does ("ཟླ་ ༡༡ ཚེས་ ༢༩, ༢༠༢༦", "ཕྱི་ལོ་༢༠༢༦ ཟླ་ ༡༡ ཚེས་ ༢༩": "Western year 2026,
 * month 11, day 29"). Burmese, Lao and Thaana vowels are combining marks, so these month names are no `\p{L}` run and
 * are matched by name; a clock time after the date ("29 ނޮވެމްބަރ 2026 - 10:15") is read with it.
 */

/** The months, January first; `|` separates a month's spellings. */
const BURMESE_MONTH_NAMES = [
  'ဇန်နဝါရီ',
  'ဖေဖော်ဝါရီ',
  'မတ်',
  'ဧပြီ',
  'မေ',
  'ဇွန်',
  'ဇူလိုင်',
  'ဩဂုတ်|သြဂုတ်',
  'စက်တင်ဘာ',
  'အောက်တိုဘာ',
  'နိုဝင်ဘာ',
  'ဒီဇင်ဘာ',
];
const LAO_MONTH_NAMES = [
  'ມັງກອນ',
  'ກຸມພາ',
  'ມີນາ',
  'ເມສາ',
  'ພຶດສະພາ',
  'ມິຖຸນາ',
  'ກໍລະກົດ',
  'ສິງຫາ',
  'ກັນຍາ',
  'ຕຸລາ',
  'ພະຈິກ',
  'ທັນວາ',
];
const DHIVEHI_MONTH_NAMES = [
  'ޖަނަވަރީ',
  'ފެބްރުއަރީ',
  'މާރިޗު|މާޗް',
  'އޭޕްރީލް|އެޕްރީލް',
  'މޭ|މެއި',
  'ޖޫން',
  'ޖުލައި',
  'އޮގަސްޓް|އޯގަސްޓް',
  'ސެޕްޓެމްބަރ|ސެޕްޓެމްބަރު',
  'އޮކްޓޫބަރ|އޮކްޓޯބަރ|އޮކްޓޫބަރު',
  'ނޮވެމްބަރ|ނޮވެމްބަރު',
  'ޑިސެމްބަރ|ޑިސެމްބަރު',
];
const BURMESE_MONTHS = monthsByName(BURMESE_MONTH_NAMES, '|');
const LAO_MONTHS = monthsByName(LAO_MONTH_NAMES, '|');
const DHIVEHI_MONTHS = monthsByName(DHIVEHI_MONTH_NAMES, '|');
const BURMESE_MONTH = namesPattern(BURMESE_MONTHS.keys());
const LAO_MONTH = namesPattern(LAO_MONTHS.keys());
const DHIVEHI_MONTH = namesPattern(DHIVEHI_MONTHS.keys());

const DAY = String.raw`(\d{1,2})`;
const YEAR = String.raw`(\d{4})`;
/** A clock time after the date, maybe after a dash or comma: "- 10:15", ", 10:42". */
const TIME = String.raw`(?:\s*[-–,]?\s*\d{1,2}:\d{2})?`;
/** Not followed by more of a word or number. */
const END = String.raw`(?![\p{L}\p{M}\p{N}])`;

/** "နိုဝင်ဘာ ၂၉၊ ၂၀၂၆", "နိုဝင်ဘာ ၂၉ ရက်၊ ၂၀၂၆": month, day ("ရက်", day), the Burmese or a Latin comma, year. */
const BURMESE_MONTH_FIRST = new RegExp(
  `^(${BURMESE_MONTH})(?:လ)?\\s*${DAY}(?:\\s*ရက်)?\\s*[၊,]?\\s*${YEAR}(?:\\s*ခုနှစ်)?${TIME}${END}`,
  'u',
);
/** "၂၀၂၆ ခုနှစ်၊ နိုဝင်ဘာလ ၂၉ ရက်": year ("ခုနှစ်"), month ("လ", month), day ("ရက်", "ရက်နေ့"). */
const BURMESE_YEAR_FIRST = new RegExp(
  `^${YEAR}\\s*ခုနှစ်\\s*[၊,]?\\s*(${BURMESE_MONTH})(?:လ)?\\s*${DAY}\\s*ရက်(?:နေ့)?${TIME}${END}`,
  'u',
);
/** "29 ພະຈິກ 2026", "ວັນທີ 29 ພະຈິກ 2026", "29 ເດືອນພະຈິກ ປີ 2026" ("ເດືອນ" month, "ປີ" year). */
const LAO_DATE = new RegExp(
  `^(?:ວັນທີ\\s*)?${DAY}\\s*(?:ເດືອນ\\s*)?(${LAO_MONTH})\\s*(?:ປີ\\s*)?${YEAR}${TIME}${END}`,
  'u',
);
/** "29 ނޮވެމްބަރ 2026". */
const DHIVEHI_DATE = new RegExp(`^${DAY}\\s+(${DHIVEHI_MONTH})\\s+${YEAR}${TIME}${END}`, 'u');
/** "2026 оны 11 сарын 29", "2026 оны 11-р сарын 29-ний" ("оны", of the year; "сарын", of the month). */
const MONGOLIAN_DATE = new RegExp(
  `^${YEAR}\\s+оны\\s+(\\d{1,2})(?:-?р)?\\s+сарын\\s+${DAY}(?:-?(?:ний|ны|нд|нээ))?(?:\\s+өдөр)?${TIME}${END}`,
  'iu',
);
/**
 * "ཟླ་ ༡༡ ཚེས་ ༢༩, ༢༠༢༦" (month 11, day 29, 2026) and "ཕྱི་ལོ་༢༠༢༦ ཟླ་ ༡༡ ཚེས་ ༢༩" (Western year 2026 first, maybe
 * "ལོའི་", "of the year"). A year must be given, before or after.
 */
const TIBETAN_DATE = new RegExp(
  `^(?:ཕྱི་ལོ་\\s*${YEAR}\\s*(?:ལོའི་)?\\s*)?ཟླ་(?:བ་)?\\s*(\\d{1,2})\\s*(?:པའི་)?\\s*ཚེས་\\s*${DAY}(?:\\s*ཉིན་)?(?:\\s*[,།་]?\\s*${YEAR}(?:\\s*ལོ)?)?${TIME}${END}`,
  'u',
);

/** Burmese (U+1040), Lao (U+0ED0) and Tibetan (U+0F20) digits (see `foldDigits`). */
const SCRIPT_DIGIT = /[\u1040-\u1049\u0ED0-\u0ED9\u0F20-\u0F29]/gu;

/**
 * A date's parts as found at the start of a text, in ASCII digits, and how many characters it spans; `parseDate`
 * checks the day against the month and writes the ISO date. The year is missing where a Tibetan date names none.
 */
export interface AsianScriptDateParts {
  year: string | undefined;
  month: number | undefined;
  day: string | undefined;
  length: number;
}

/** The parts of a Burmese, Lao, Dhivehi, Mongolian or Tibetan date at the very start of `raw`. */
export function parseAsianScriptDate(raw: string): AsianScriptDateParts | undefined {
  const text = foldDigits(raw, SCRIPT_DIGIT);
  let match = BURMESE_MONTH_FIRST.exec(text);
  if (match) return parts(match[3], BURMESE_MONTHS.get(match[1] ?? ''), match[2], match[0].length);
  match = BURMESE_YEAR_FIRST.exec(text);
  if (match) return parts(match[1], BURMESE_MONTHS.get(match[2] ?? ''), match[3], match[0].length);
  match = LAO_DATE.exec(text);
  if (match) return parts(match[3], LAO_MONTHS.get(match[2] ?? ''), match[1], match[0].length);
  match = DHIVEHI_DATE.exec(text);
  if (match) return parts(match[3], DHIVEHI_MONTHS.get(match[2] ?? ''), match[1], match[0].length);
  match = MONGOLIAN_DATE.exec(text);
  if (match) return parts(match[1], Number(match[2]), match[3], match[0].length);
  match = TIBETAN_DATE.exec(text);
  if (match) return parts(match[1] ?? match[4], Number(match[2]), match[3], match[0].length);
  return undefined;
}

const parts = (
  year: string | undefined,
  month: number | undefined,
  day: string | undefined,
  length: number,
): AsianScriptDateParts => ({ year, month, day, length });
