import { describe, expect, it } from 'vitest';
import { parseAsianScriptDate } from '../../../utils/page/asian-script-date';
import { parseDate } from '../../../utils/page/parse-date';

describe('parseAsianScriptDate', () => {
  it.each([
    ['Burmese, month first, Burmese digits', 'နိုဝင်ဘာ ၂၉၊ ၂၀၂၆', '2026-11-29'],
    ['Burmese, year first', '၂၀၂၆ ခုနှစ် နိုဝင်ဘာလ ၂၉ ရက်', '2026-11-29'],
    ['Burmese August, either spelling', 'ဩဂုတ် ၃၊ ၂၀၂၆', '2026-08-03'],
    ['Lao', '29 ພະຈິກ 2026', '2026-11-29'],
    ['Lao, with "date"', 'ວັນທີ 5 ມັງກອນ 2027', '2027-01-05'],
    ['Lao digits', '໒໙ ພະຈິກ ໒໐໒໖', '2026-11-29'],
    ['Dhivehi with a time', '29 ނޮވެމްބަރ 2026 - 10:15', '2026-11-29'],
    ['Mongolian', '2026 оны 11 сарын 29, 10:42', '2026-11-29'],
    ['Mongolian, ordinal and case ending', '2026 оны 3-р сарын 8-ны', '2026-03-08'],
    ['Tibetan, year last', 'ཟླ་ ༡༡ ཚེས་ ༢༩, ༢༠༢༦', '2026-11-29'],
    ['Tibetan, Western year first', 'ཕྱི་ལོ་༢༠༢༦ ཟླ་ ༡༡ ཚེས་ ༢༩', '2026-11-29'],
  ])('should read %s', (_name, text, iso) => {
    expect(parseDate(text)?.iso).toBe(iso);
  });

  it('should span the time after the date', () => {
    expect(parseAsianScriptDate('29 ނޮވެމްބަރ 2026 - 10:15')?.length).toBe('29 ނޮވެމްބަރ 2026 - 10:15'.length);
    expect(parseDate('29 ނޮވެމްބަރ 2026 - 10:15')?.length).toBe('29 ނޮވެމްބަރ 2026 - 10:15'.length);
  });

  it('should give the parts in ASCII digits, for parseDate to check and write', () => {
    expect(parseAsianScriptDate('နိုဝင်ဘာ ၂၉၊ ၂၀၂၆')).toEqual({ year: '2026', month: 11, day: '29', length: 17 });
  });

  it.each([
    ['a Tibetan day with no year', 'ཟླ་ ༡༡ ཚེས་ ༢༩'],
    ['a day past the month', 'နိုဝင်ဘာ ၃၁၊ ၂၀၂၆'],
    ['a Mongolian month out of range', '2026 оны 13 сарын 2'],
    ['a Lao sentence naming a month', 'ໃນເດືອນພະຈິກ ມີຝົນຕົກຫຼາຍ'],
    ['a Burmese sentence opening with a month', 'နိုဝင်ဘာလတွင် မိုးရွာသည်။'],
  ])('should read no date in %s', (_name, text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});
