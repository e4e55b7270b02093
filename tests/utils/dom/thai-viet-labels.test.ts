import { describe, expect, it } from 'vitest';
import { FOREIGN_AD_LABELS, FOREIGN_READ_LABELS } from '../../../utils/dom/foreign-labels';
import { THAI_VIET_AD_LABELS, THAI_VIET_READ_LABELS } from '../../../utils/dom/thai-viet-labels';

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'iu');

describe('THAI_VIET_READ_LABELS', () => {
  it.each([
    ['Vietnamese read more', 'Đọc thêm'],
    ['Vietnamese see more', 'Xem thêm'],
    ['Vietnamese related news', 'Tin liên quan'],
    ['Vietnamese related article', 'Bài liên quan'],
    ['Thai read related news', 'อ่านข่าวที่เกี่ยวข้อง'],
    ['Thai read interesting news', 'อ่านข่าวที่น่าสนใจ'],
    ['Thai read more', 'อ่านเพิ่มเติม'],
    ['Thai related news', 'ข่าวที่เกี่ยวข้อง'],
  ])('should read the label in %s', (_name, label) => {
    expect(whole(THAI_VIET_READ_LABELS).test(label)).toBe(true);
    expect(whole(FOREIGN_READ_LABELS).test(label)).toBe(true);
  });

  it.each([
    ['a Vietnamese sentence that opens with "read more"', 'Đọc thêm sách là cách tốt nhất để học tiếng Anh.'],
    ['the Vietnamese verb alone', 'Đọc'],
    ['a Thai sentence about related news', 'ข่าวที่เกี่ยวข้องกับการเลือกตั้งถูกแชร์อย่างกว้างขวาง'],
  ])('should not read %s as a whole label', (_name, text) => {
    expect(whole(FOREIGN_READ_LABELS).test(text)).toBe(false);
  });
});

describe('THAI_VIET_AD_LABELS', () => {
  it('should read an ad label, and not a sentence about advertising', () => {
    expect(whole(THAI_VIET_AD_LABELS).test('โฆษณา')).toBe(true);
    expect(whole(FOREIGN_AD_LABELS).test('Quảng cáo')).toBe(true);
    expect(whole(FOREIGN_AD_LABELS).test('Quảng cáo thuốc lá bị cấm trên truyền hình')).toBe(false);
  });
});
