import { describe, expect, it } from 'vitest';
import { isNameShaped } from '../../../utils/page/is-name-shaped';

describe('isNameShaped', () => {
  it.each([
    ['TaiwanIsNotChina'],
    ['finally rich'],
    ['José Ramón'],
    ['李明'],
    ['Мария_88'],
    ['3Pb45'],
    ["O'Neil"],
    ['Jean-Luc'],
    ['J.R. Smith'],
    ['X'],
    ['Ana P.'],
  ])('should accept %j', (text) => {
    expect(isNameShaped(text)).toBe(true);
  });

  it.each([
    ['Pot meets kettle!'],
    ['just speculation though.'],
    ['The Whaaat ?'],
    ['@Yrral'],
    ['> quoted words'],
    ['""quoted""'],
    ['Now now lets not get ahead of yourself'],
    ['a'.repeat(41)],
    ['Kim daddy was born in Russia,'],
    ['Ana Pe.'],
  ])('should reject %j', (text) => {
    expect(isNameShaped(text)).toBe(false);
  });
});
