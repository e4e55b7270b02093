import { describe, expect, it } from 'vitest';
import {
  CAUCASUS_HORN_ASIA_AD_LABELS,
  CAUCASUS_HORN_ASIA_READ_LABELS,
  CAUCASUS_HORN_ASIA_TOOL_LABELS,
} from '../../../utils/dom/caucasus-horn-asia-labels';
import { FOREIGN_AD_LABELS, FOREIGN_READ_LABELS, FOREIGN_TOOL_LABELS } from '../../../utils/dom/foreign-labels';
import { isBoilerplateLine } from '../../../utils/dom/is-boilerplate-line';
import { isTeaserLine } from '../../../utils/dom/is-teaser-line';

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'iu');

describe('CAUCASUS_HORN_ASIA_READ_LABELS', () => {
  it.each([
    ['Georgian read also', 'ასევე წაიკითხეთ'],
    ['Georgian on the same topic', 'ამავე თემაზე'],
    ['Armenian read also', 'Կարդացեք նաև'],
    ['Armenian read also, classical spelling', 'Կարդացեք նաեւ'],
    ['Armenian similar materials', 'Նմանատիպ նյութեր'],
    ['Amharic related news', 'ተዛማጅ ዜናዎች'],
    ['Sinhala read these too', 'මේවාත් කියවන්න'],
    ['Khmer related articles', 'អត្ថបទពាក់ព័ន្ធ'],
    ['Khmer read more', 'អានបន្ថែម'],
  ])('should read the label in %s', (_name, label) => {
    expect(whole(CAUCASUS_HORN_ASIA_READ_LABELS).test(label)).toBe(true);
    expect(whole(FOREIGN_READ_LABELS).test(label)).toBe(true);
  });

  it('should read a Georgian read-also line and a bare "ასევე:" one before a link', () => {
    const linked = 'ქუთაისის ისტორიულ უბანში ქუჩები ახლებურად მოეწყობა';
    expect(isTeaserLine(`ასევე წაიკითხეთ: ${linked}`, linked.replace(/\s+/g, '').length)).toBe(true);
    expect(isTeaserLine(`ასევე: ${linked}`, linked.replace(/\s+/g, '').length)).toBe(true);
  });

  it.each([
    ['a Georgian sentence opening with "also"', 'ასევე, მერიამ განაცხადა, რომ სამუშაოები გაგრძელდება.'],
    ['"also" with no colon', 'ასევე'],
    ['an Armenian sentence that reads on', 'Կարդացեք նաև մեր նախորդ հոդվածը այս թեմայով, որտեղ մանրամասն գրել ենք։'],
    ['a Khmer sentence about related news', 'អត្ថបទពាក់ព័ន្ធនឹងការបោះឆ្នោតត្រូវបានចែករំលែកយ៉ាងទូលំទូលាយ'],
  ])('should not read %s as a whole label', (_name, text) => {
    expect(whole(FOREIGN_READ_LABELS).test(text)).toBe(false);
  });

  it('should keep a Georgian sentence opening with "also" and a link in it', () => {
    const text = 'ასევე: მერიამ განაცხადა, რომ ბაზრის გახსნა მაისშია დაგეგმილი და ვაჭრებს ადგილები შეუნარჩუნდებათ.';
    expect(isTeaserLine(text, 'მერია'.length)).toBe(false);
  });
});

describe('CAUCASUS_HORN_ASIA_AD_LABELS', () => {
  it.each(['რეკლამა', 'Գովազդ', 'ማስታወቂያ', 'වෙළඳ දැන්වීම', 'ពាណិជ្ជកម្ម', 'ផ្សាយពាណិជ្ជកម្ម'])(
    'should read the ad label %j',
    (label) => {
      expect(whole(CAUCASUS_HORN_ASIA_AD_LABELS).test(label)).toBe(true);
      expect(whole(FOREIGN_AD_LABELS).test(label)).toBe(true);
    },
  );

  it('should not read a sentence about advertising as a label', () => {
    expect(whole(FOREIGN_AD_LABELS).test('რეკლამა ტელევიზიით აიკრძალა')).toBe(false);
    expect(whole(FOREIGN_AD_LABELS).test('ក្រសួងពាណិជ្ជកម្ម')).toBe(false);
  });
});

describe('CAUCASUS_HORN_ASIA_TOOL_LABELS', () => {
  it.each(['გაზიარება', 'Կիսվել', 'Պատճենել հղումը', 'አጋራ', 'බෙදාගන්න', 'បោះពុម្ព', 'ទំហំអក្សរ'])(
    'should read the page tool %j',
    (label) => {
      expect(whole(CAUCASUS_HORN_ASIA_TOOL_LABELS).test(label)).toBe(true);
      expect(whole(FOREIGN_TOOL_LABELS).test(label)).toBe(true);
    },
  );

  it('should not read a sentence about printing as a tool', () => {
    expect(whole(FOREIGN_TOOL_LABELS).test('បោះពុម្ពសៀវភៅថ្មីចំនួន ៥០០ ក្បាល')).toBe(false);
  });
});

describe('CAUCASUS_HORN_ASIA_TOOL_LABELS: Khmer "share via" before a network', () => {
  it('should read "ចែករំលែកតាម Telegram" as a share row', () => {
    expect(isBoilerplateLine('ចែករំលែកតាម Telegram')).toBe(true);
  });

  it('should keep a Khmer sentence about sharing', () => {
    expect(isBoilerplateLine('ក្រសួងបានចែករំលែកព័ត៌មានតាម Telegram ដល់ប្រជាពលរដ្ឋ។')).toBe(false);
  });
});
