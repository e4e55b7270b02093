import { describe, expect, it } from 'vitest';
import { isWeekdayDateTail } from '../../../utils/page/is-weekday-date-tail';

describe('isWeekdayDateTail', () => {
  it.each([' ہفتہ 28 نومبر 2026', ' Saturday, November 28, 2026', ' ۲۸ نوامبر ۲۰۲۶'])(
    'should read %j after a name as its date',
    (tail) => {
      expect(isWeekdayDateTail(tail)).toBe(true);
    },
  );

  it.each([
    'ہفتہ 28 نومبر 2026',
    ' نے کہا کہ 28 نومبر 2026 کو اجلاس ہوگا۔',
    ' ہفتہ',
    ' ہفتہ 28 نومبر 2026 کو لاہور میں اجلاس ہوا اور وزیر اعلیٰ نے خطاب کیا۔',
  ])('should not read %j so', (tail) => {
    expect(isWeekdayDateTail(tail)).toBe(false);
  });
});
