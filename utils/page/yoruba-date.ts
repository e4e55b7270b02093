/**
 * A date as Yoruba news sites write it, the month named after "Oṣù" (month): "Oṣù Bélú 24, 2026", "24 Oṣù Bélú 2026".
 * Yoruba sites set the tone marks and the dots below in full, in part or not at all, precomposed or as combining
 * marks, so a month is looked up without its marks. Most of the names are also words ("ògún" is war, "ìgbé" a cry),
 * so only after "Oṣù", with a day and a year, are they read as a month.
 */
const YORUBA_MONTHS = new Map<string, number>(
  ['sere', 'erele', 'erena', 'igbe', 'ebibi', 'okudu', 'agemo', 'ogun', 'owewe', 'owara', 'belu', 'ope'].map(
    (name, i) => [name, i + 1],
  ),
);
/** "Oṣù" (month) with or without its marks, precomposed or combining. */
const OSU = String.raw`[oòóọ]\p{M}*[sṣ]\p{M}*[uùú]\p{M}*`;
/** A month name with its marks, as the page writes it. */
const NAME = String.raw`(\p{L}[\p{L}\p{M}]{2,12})`;
/** Not followed by more of a word or number. */
const END = String.raw`(?![\p{L}\p{M}\p{N}])`;
const MONTH_FIRST = new RegExp(String.raw`^${OSU}\s+${NAME}\s+(\d{1,2}),?\s+(\d{4})${END}`, 'iu');
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})\s+${OSU}\s+${NAME},?\s+(\d{4})${END}`, 'iu');
const MARKS = /\p{M}/gu;

/** The month number of a Yoruba month name, its marks left out ("Bélú" → 11). */
function yorubaMonth(name: string): number | undefined {
  return YORUBA_MONTHS.get(name.normalize('NFD').replace(MARKS, '').toLowerCase());
}

/**
 * A Yoruba date at the start of `text`: its year, month and day and how many characters it spans (in `text` as
 * written), or undefined.
 */
export function readYorubaDate(text: string): { year: number; month: number; day: number; length: number } | undefined {
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const month = yorubaMonth(monthFirst[1] ?? '');
    if (month !== undefined)
      return { year: Number(monthFirst[3]), month, day: Number(monthFirst[2]), length: monthFirst[0].length };
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const month = yorubaMonth(dayFirst[2] ?? '');
    if (month !== undefined)
      return { year: Number(dayFirst[3]), month, day: Number(dayFirst[1]), length: dayFirst[0].length };
  }
  return undefined;
}
