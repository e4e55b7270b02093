import { describe, expect, it } from 'vitest';
import { isUnitCredit } from '../../../utils/page/is-unit-credit';

describe('isUnitCredit', () => {
  it.each([
    '92nd Sustainment Brigade',
    '1st Infantry Division Public Affairs',
    'Naval Air Station Whidbey Island, Public Affairs Office',
    'U.S. Army Corps of Engineers, Norfolk District',
    '4th Fighter Wing',
    'Joint Base Lewis-McChord Garrison',
    'Defense Logistics Agency',
  ])('should read %j as a unit or office', (line) => {
    expect(isUnitCredit(line)).toBe(true);
  });

  it.each([
    'The brigade returned from Poland in March.',
    'The Brigade’s New Kitchen',
    'Fort Halvern, Kansas',
    'Lessons from the Field',
    'A new kitchen for the brigade',
    'Quick schedule',
    'Questions from Congress',
  ])('should leave %j, which names no unit alone', (line) => {
    expect(isUnitCredit(line)).toBe(false);
  });
});
