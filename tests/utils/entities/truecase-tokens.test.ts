import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../utils/entities/gazetteer';
import { tokenize } from '../../../utils/entities/tokenize';
import { truecaseTokens } from '../../../utils/entities/truecase-tokens';

const gaz = buildGazetteer({
  first: 'anna',
  surname: 'brook',
  place: 'lisbon\nnew york\ntarnow',
  nationality: 'polish',
  country: 'portugal',
  common: 'new\nwins\nin\nthe\nrates\ncut\nsays\nto',
});

/** The words of `text` as the tagger reads them. */
const read = (text: string): string =>
  truecaseTokens(text, 0, tokenize(text), gaz)
    .map((token) => token.text)
    .join(' ');

describe('truecaseTokens', () => {
  it.each([
    ['BROOK WINS IN LISBON', 'Brook wins in Lisbon'],
    ['POLISH BANK CUT RATES , NATO SAYS', 'Polish Bank cut rates , NATO says'],
    ['VOLMARK TO OPEN IN NEW YORK', 'Volmark to Open in New York'],
  ])('should read a headline in capitals in normal case: %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['LISBON 1996-09-12', 'Lisbon 1996-09-12'],
    ['KORVA ( Wire ) - Talks resumed', 'Korva ( Wire ) - Talks resumed'],
    ['Talks resumed in TARNOW on Monday', 'Talks resumed in Tarnow on Monday'],
  ])('should capitalise a dateline or a known place in capitals in ordinary text: %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['The OECD and the U.S. agreed', 'The OECD and the U.S. agreed'],
    ['She said the VOLMARK deal was off', 'She said the VOLMARK deal was off'],
    ['', ''],
  ])('should leave acronyms and ordinary text alone: %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('should keep offsets and treat each line on its own', () => {
    const text = 'prices rose\nBROOK WINS';
    const tokens = truecaseTokens(text, 100, tokenize(text, 100), gaz);
    expect(tokens.map((token) => [token.text, token.start])).toEqual([
      ['prices', 100],
      ['rose', 107],
      ['Brook', 112],
      ['wins', 118],
    ]);
  });
});
