import { describe, expect, it } from 'vitest';
import { isHeaderFurniture } from '../../../utils/page/is-header-furniture';
import { isScriptViewCount } from '../../../utils/page/script-view-count';

describe('isScriptViewCount', () => {
  it.each([
    'ចំនួនអ្នកអាន ៥ ៧១២ ដង',
    'អ្នកមើល ១២៣៤',
    'ნახვა: 1 254',
    '1 254 ნახვა',
    'Դիտումներ՝ 2847',
    '2847 դիտում',
    'እይታ: 3,100',
    'කියවූ වාර ගණන - 3,482',
  ])('should read %j as a view counter', (text) => {
    expect(isScriptViewCount(text)).toBe(true);
    expect(isHeaderFurniture(text)).toBe(true);
  });

  it.each(['ვიდეოს ნახვა 1 254-მა ადამიანმა შეძლო.', 'ចំនួនអ្នកអានកាសែតបានកើនឡើង ២០ ភាគរយ', 'ნახვა', '2847'])(
    'should not read %j as one',
    (text) => {
      expect(isScriptViewCount(text)).toBe(false);
    },
  );
});

describe('isScriptViewCount: Lao, Mongolian and Burmese counters', () => {
  it.each(['ອ່ານ: 837 ຄັ້ງ', 'Үзсэн: 4,218', '4,218 удаа үзсэн', 'ကြည့်ရှုသူ ၁,၂၃၄', 'ຜູ້ອ່ານ ໑໒໓'])(
    'should read %j as a view counter',
    (text) => {
      expect(isScriptViewCount(text)).toBe(true);
      expect(isHeaderFurniture(text)).toBe(true);
    },
  );

  it.each(['ອ່ານປຶ້ມ 5 ຫົວ ທຸກເດືອນ', 'Үзсэн хүмүүс 4,218 байна.', 'ຄັ້ງ'])('should not read %j as one', (text) => {
    expect(isScriptViewCount(text)).toBe(false);
  });
});
