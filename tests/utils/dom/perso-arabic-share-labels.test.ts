import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../utils/dom/is-boilerplate-line';
import { PERSO_ARABIC_SHARE_LABELS } from '../../../utils/dom/perso-arabic-share-labels';

describe('PERSO_ARABIC_SHARE_LABELS', () => {
  it.each(['شیئر کریں', 'اشتراک‌گذاری', 'هاوبەشکردن', 'واٹس ایپ', 'تلگرام'])(
    'should read %j as a share button',
    (label) => {
      expect(new RegExp(`^(?:${PERSO_ARABIC_SHARE_LABELS})$`, 'u').test(label)).toBe(true);
    },
  );

  it.each([
    'شیئر کریں فیس بک ٹوئٹر واٹس ایپ',
    'هاوبەشکردن Facebook Twitter WhatsApp Telegram',
    'اشتراک‌گذاری تلگرام واتس‌اپ توییتر',
  ])('should read the share row %j as furniture', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it('should keep a sentence that names the networks', () => {
    expect(isBoilerplateLine('حکومت نے فیس بک اور واٹس ایپ پر پابندی کا فیصلہ واپس لے لیا۔')).toBe(false);
  });
});
