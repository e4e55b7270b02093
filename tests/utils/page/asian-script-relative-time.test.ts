import { describe, expect, it } from 'vitest';
import { ASIAN_SCRIPT_RELATIVE_TIME } from '../../../utils/page/asian-script-relative-time';
import { isCommentDateLine } from '../../../utils/page/is-comment-date-line';

const whole = new RegExp(`^(?:${ASIAN_SCRIPT_RELATIVE_TIME})$`, 'iu');

describe('ASIAN_SCRIPT_RELATIVE_TIME', () => {
  it.each([
    ['Burmese, Burmese digits', '၂ နာရီက'],
    ['Burmese, "after"', '၅ မိနစ် အကြာက'],
    ['Mongolian hours', '2 цагийн өмнө'],
    ['Mongolian minutes', '5 минутын өмнө'],
    ['Lao hours', '2 ຊົ່ວໂມງກ່ອນ'],
    ['Lao days', '3 ມື້ທີ່ຜ່ານມາ'],
    ['Dhivehi hours', '3 ގަޑިއިރު ކުރިން'],
    ['Dhivehi minutes', '10 މިނިޓު ކުރިން'],
  ])('should read the stamp in %s', (_name, stamp) => {
    expect(whole.test(stamp)).toBe(true);
    expect(isCommentDateLine(stamp)).toBe(true);
  });

  it.each([
    ['a Mongolian sentence without a number', 'Цагийн өмнө ирсэн хүмүүс эхэлсэн.'],
    ['a Dhivehi sentence that reads on', '3 ގަޑިއިރު ކުރިން ފެރީ ފުރީ އެވެ.'],
    ['a Lao sentence that reads on', '2 ຊົ່ວໂມງກ່ອນ ມີຝົນຕົກໜັກ ຢູ່ນະຄອນຫຼວງ.'],
  ])('should not read %s as a stamp', (_name, text) => {
    expect(isCommentDateLine(text)).toBe(false);
  });
});
