import { describe, expect, it } from 'vitest';
import { INDIC_AD_LABELS, INDIC_READ_LABELS, INDIC_STAMP_LABELS } from '../../../utils/dom/indic-labels';

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'u');

describe('INDIC_READ_LABELS', () => {
  it.each([
    ['Hindi with the nukta as its own mark', 'ये भी पढ\u093Cें'],
    ['Hindi with the letter as one code point', 'ये भी प\u095Dें'],
    ['Bengali with the nukta as its own mark', 'আরও প\u09A1\u09BCুন'],
    ['Bengali with the letter as one code point', 'আরও প\u09DCুন'],
    ['Marathi', 'हेही वाचा'],
    ['Telugu', 'ఇది కూడా చదవండి'],
  ])('should read the label in %s', (_name, label) => {
    expect(whole(INDIC_READ_LABELS).test(label)).toBe(true);
  });

  it('should not read the verb alone', () => {
    expect(whole(INDIC_READ_LABELS).test('पढ़ें')).toBe(false);
  });
});

describe('INDIC_AD_LABELS and INDIC_STAMP_LABELS', () => {
  it('should read an ad label, and not a longer word', () => {
    expect(whole(INDIC_AD_LABELS).test('বিজ্ঞাপন')).toBe(true);
    expect(whole(INDIC_AD_LABELS).test('विज्ञापनों')).toBe(false);
  });

  it('should read a stamp label', () => {
    expect(whole(INDIC_STAMP_LABELS).test('பதிவு செய்த நாள்')).toBe(true);
    expect(whole(INDIC_STAMP_LABELS).test('শেষ আপডেট')).toBe(true);
  });
});

describe('INDIC_READ_LABELS in Urdu', () => {
  it('should read "مزید پڑھیں" (read more), as Pakistani dailies set it over a link', () => {
    expect(whole(INDIC_READ_LABELS).test('مزید پڑھیں')).toBe(true);
  });

  it('should not read "مزید" (more) alone, a word of many sentences', () => {
    expect(whole(INDIC_READ_LABELS).test('مزید')).toBe(false);
  });
});
