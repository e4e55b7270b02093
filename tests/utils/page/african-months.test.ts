import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../utils/page/parse-date';

describe('parseDate with the month names of African languages written in Latin script', () => {
  it.each([
    ['Swahili, month first with a time', 'Novemba 28, 2026 14:05', '2026-11-28'],
    ['Swahili, day first', '3 Machi 2026', '2026-03-03'],
    ['Hausa', 'Nuwamba 28, 2026', '2026-11-28'],
    ['Hausa, day first', '12 Satumba 2026', '2026-09-12'],
    ['Somali', 'Nofeembar 28, 2026', '2026-11-28'],
    ['Somali, July', '4 Luulyo 2026', '2026-07-04'],
    ['Kinyarwanda', '28 Ugushyingo 2026', '2026-11-28'],
    ['Kinyarwanda April, also a word', '9 Mata 2026', '2026-04-09'],
    ['Zulu', '28 Novemba 2026', '2026-11-28'],
  ])('should read a %s date', (_name, text, iso) => {
    expect(parseDate(text)?.iso.slice(0, 10)).toBe(iso);
  });

  it.each([
    ['a Hausa sentence that opens with "mata" (women)', 'Mata 30 sun halarci taron a ranar Talata.'],
    ['a Kinyarwanda sentence that opens with "Kamena"', 'Kamena 2026 ni bwo imirimo izatangira.'],
  ])('should not read %s as a date', (_name, text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});
