import { describe, expect, it } from 'vitest';
import { isClockDayStamp } from '../../../utils/page/is-clock-day-stamp';
import { isHeaderFurniture } from '../../../utils/page/is-header-furniture';

describe('isClockDayStamp', () => {
  it.each(['6:10pm Nov 28', '10:45 AM November 3', '18:10 28 Nov', 'Nov 28, 6:10pm', '28 November · 9.30am'])(
    'should find %s',
    (line) => {
      expect(isClockDayStamp(line)).toBe(true);
      expect(isHeaderFurniture(line)).toBe(true);
    },
  );

  it.each([
    'At 6:10pm Nov 28 the polls closed.',
    'Nov 28, 2026 6:10pm',
    '6:10pm',
    'Polls close 6:10pm Nov 28 in Otago',
  ])('should leave %s', (line) => {
    expect(isClockDayStamp(line)).toBe(false);
  });
});
