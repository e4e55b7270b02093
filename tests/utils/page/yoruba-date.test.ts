import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../utils/page/parse-date';
import { readYorubaDate } from '../../../utils/page/yoruba-date';

describe('readYorubaDate', () => {
  it.each([
    ['month first, marks in part', 'Oṣu Bélu 24, 2026', '2026-11-24', 17],
    ['day first, tone marks', '24 Oṣù Bélú 2026', '2026-11-24', 16],
    ['no marks at all', 'Osu Belu 24, 2026', '2026-11-24', 17],
    ['combining marks', 'O\u0323\u0300s\u0323u\u0300 Be\u0301lu\u0301 24, 2026', '2026-11-24', 23],
    ['January', '3 Oṣù Ṣẹ́rẹ́ 2027', '2027-01-03', undefined],
    ['August, also the word for war', 'Oṣu Ògún 9, 2026', '2026-08-09', undefined],
  ])('should read a Yoruba date, %s', (_name, text, iso, length) => {
    const found = parseDate(text);
    expect(found?.iso).toBe(iso);
    if (length !== undefined) expect(found?.length).toBe(length);
  });

  it.each([
    ['a month word without "Oṣù"', 'Ògún 9, 2026'],
    ['"Oṣù" before a word that is no month', 'Oṣu Tuntun 9, 2026'],
    ['a sentence', 'Oṣu Bélu ni wọn yoo ṣe ipade naa.'],
  ])('should not read %s', (_name, text) => {
    expect(readYorubaDate(text)).toBeUndefined();
    expect(parseDate(text)).toBeUndefined();
  });
});
