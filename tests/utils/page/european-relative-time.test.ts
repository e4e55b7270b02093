import { describe, expect, it } from 'vitest';
import { EUROPEAN_RELATIVE_TIME } from '../../../utils/page/european-relative-time';

const STAMP = new RegExp(`^(?:${EUROPEAN_RELATIVE_TIME})$`, 'iu');

describe('EUROPEAN_RELATIVE_TIME', () => {
  it.each([
    ['hace 2 horas'],
    ['hace 5 días'],
    ['há 3 dias'],
    ['il y a 3 heures'],
    ['il y a 2 mois'],
    ['vor 20 Minuten'],
    ['vor 3 Tagen'],
    ['2 ore fa'],
    ['5 giorni fa'],
    ['3 uur geleden'],
    ['2 dagen geleden'],
    ['2 godz. temu'],
    ['45 min temu'],
    ['3 dni temu'],
  ])('should match %j', (text) => {
    expect(STAMP.test(text)).toBe(true);
  });

  it.each([
    ['hace tiempo'],
    ['vor Jahren'],
    ['il y a longtemps'],
    ['poco fa'],
    ['dawno temu'],
    ['hace 2 horas y media'],
  ])('should not match %j', (text) => {
    expect(STAMP.test(text)).toBe(false);
  });
});
