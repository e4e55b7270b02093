import { describe, expect, it } from 'vitest';
import {
  ASIAN_SCRIPT_AD_LABELS,
  ASIAN_SCRIPT_COMMENT_LABELS,
  ASIAN_SCRIPT_CREDITS,
  ASIAN_SCRIPT_READ_LABELS,
  ASIAN_SCRIPT_TOOL_LABELS,
} from '../../../utils/dom/asian-script-labels';
import {
  FOREIGN_AD_LABELS,
  FOREIGN_CREDITS,
  FOREIGN_READ_LABELS,
  FOREIGN_TOOL_LABELS,
} from '../../../utils/dom/foreign-labels';
import { isBoilerplateLine } from '../../../utils/dom/is-boilerplate-line';
import { isTeaserLine } from '../../../utils/dom/is-teaser-line';
import { readCountLine } from '../../../utils/page/read-count-line';

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'iu');

describe('ASIAN_SCRIPT_READ_LABELS', () => {
  it.each([
    ['Burmese related news', 'ဆက်စပ်သတင်း'],
    ['Burmese related news, plural', 'ဆက်စပ်သတင်းများ'],
    ['Burmese read this too', 'ဒါလည်း ဖတ်ပါဦး'],
    ['Mongolian related news', 'Холбоотой мэдээ'],
    ['Mongolian also read', 'Мөн уншаарай'],
    ['Lao related news', 'ຂ່າວທີ່ກ່ຽວຂ້ອງ'],
    ['Lao other news', 'ຂ່າວອື່ນໆ'],
    ['Tibetan related news', 'འབྲེལ་ཡོད་གནས་ཚུལ།'],
    ['Dhivehi related news', 'ގުޅުންހުރި ޚަބަރު'],
    ['Dhivehi related news, two words', 'ގުޅުން ހުރި ޚަބަރުތައް'],
  ])('should read the label in %s', (_name, label) => {
    expect(whole(ASIAN_SCRIPT_READ_LABELS).test(label)).toBe(true);
    expect(whole(FOREIGN_READ_LABELS).test(label)).toBe(true);
  });

  it('should read a Burmese read-also line before its link', () => {
    const linked = 'စစ်ကိုင်းတိုင်းတွင် မိုးသည်းထန်စွာ ရွာသွန်း၍ လမ်းပိတ်';
    expect(isTeaserLine(`ဆက်စပ်သတင်း - ${linked}`, linked.replace(/\s+/g, '').length)).toBe(true);
  });

  it.each([
    ['a Burmese sentence about related news', 'ဆက်စပ်သတင်းများကို ဝန်ကြီးဌာနက ထုတ်ပြန်ခဲ့သည်။'],
    ['a Mongolian sentence that reads on', 'Холбоотой мэдээг яамнаас өнөөдөр нийтэлжээ.'],
    ['a Dhivehi sentence that reads on', 'ގުޅުންހުރި ޚަބަރުތައް ވުޒާރާއިން ޝާއިޢުކޮށްފި އެވެ.'],
  ])('should not read %s as a whole label', (_name, text) => {
    expect(whole(FOREIGN_READ_LABELS).test(text)).toBe(false);
  });
});

describe('ASIAN_SCRIPT_AD_LABELS', () => {
  it.each(['ကြော်ငြာ', 'Сурталчилгаа', 'Зар сурталчилгаа', 'ໂຄສະນາ', 'ཚོང་བསྒྲགས།', 'བརྡ་ཁྱབ།', 'އިޝްތިހާރު'])(
    'should read the ad label %j',
    (label) => {
      expect(whole(ASIAN_SCRIPT_AD_LABELS).test(label)).toBe(true);
      expect(whole(FOREIGN_AD_LABELS).test(label)).toBe(true);
    },
  );

  it('should not read a sentence about advertising as a label', () => {
    expect(whole(FOREIGN_AD_LABELS).test('Сурталчилгааны зах зээл өсчээ')).toBe(false);
    expect(whole(FOREIGN_AD_LABELS).test('ကြော်ငြာဆိုင်းဘုတ်များ ဖယ်ရှားခဲ့သည်')).toBe(false);
  });
});

describe('ASIAN_SCRIPT_TOOL_LABELS', () => {
  it.each(['မျှဝေပါ', 'Хуваалцах', 'Жиргэх', 'Холбоос хуулах', 'ແບ່ງປັນ', 'ພິມ', 'ཁྱབ་སྤེལ།', 'ޝެއާ ކުރައްވާ'])(
    'should read the page tool %j',
    (label) => {
      expect(whole(ASIAN_SCRIPT_TOOL_LABELS).test(label)).toBe(true);
      expect(whole(FOREIGN_TOOL_LABELS).test(label)).toBe(true);
    },
  );

  it('should read a Lao print and share row as furniture', () => {
    expect(isBoilerplateLine('ພິມ ແບ່ງປັນ Facebook')).toBe(true);
  });

  it('should keep a Lao sentence about printing', () => {
    expect(isBoilerplateLine('ໂຮງພິມແຫ່ງລັດ ໄດ້ພິມປຶ້ມແບບຮຽນ 50.000 ຫົວ ແລະ ແບ່ງປັນໃຫ້ໂຮງຮຽນ.')).toBe(false);
  });
});

describe('ASIAN_SCRIPT_CREDITS', () => {
  it.each([
    'ແຫຼ່ງຂ່າວ: ສຳນັກງານ ຂປລ ປະຈຳແຂວງສະຫວັນນະເຂດ',
    'ຮຽບຮຽງໂດຍ: ວິໄລພອນ',
    'Зураг: ikon.mn',
    'Эх сурвалж: Үндэсний статистикийн хороо',
    'ဓာတ်ပုံ - ဒေသခံ',
    '(པར། RFA)',
    'ފޮޓޯ: ސަން',
  ])('should read the credit %j', (line) => {
    expect(whole(ASIAN_SCRIPT_CREDITS).test(line)).toBe(true);
    expect(whole(FOREIGN_CREDITS).test(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it('should keep a sentence that opens with the word "photo" and reads on', () => {
    expect(isBoilerplateLine('Зураг авалт өнөөдөр эхэлсэн бөгөөд киноны зураг авалт гурван сар үргэлжилнэ.')).toBe(
      false,
    );
  });
});

describe('ASIAN_SCRIPT_COMMENT_LABELS', () => {
  it.each([
    ['Сэтгэгдэл (4)', 4],
    ['ކޮމެންޓް (3)', 3],
    ['12 Сэтгэгдэл', 12],
  ])('should read the count line %j', (line, count) => {
    expect(readCountLine(line)?.count).toBe(count);
  });

  it.each(['Сэтгэгдэл', 'မှတ်ချက်များ', 'ຄຳເຫັນ', 'ކޮމެންޓްތައް'])('should read the heading %j', (heading) => {
    expect(whole(ASIAN_SCRIPT_COMMENT_LABELS).test(heading)).toBe(true);
    expect(readCountLine(heading)).toEqual({});
  });

  it('should not read a sentence about comments as a heading', () => {
    expect(readCountLine('Сэтгэгдэл бичсэн иргэдэд баярлалаа.')).toBeUndefined();
  });
});

describe('ASIAN_SCRIPT_TOOL_LABELS: the comments link with its tally', () => {
  it.each(['3 ކޮމެންޓް', 'Сэтгэгдэл (4)', 'ޝެއާ ކުރައްވާ Facebook Twitter Viber Telegram'])(
    'should read %j as page tools',
    (line) => {
      expect(isBoilerplateLine(line)).toBe(true);
    },
  );

  it('should keep a sentence about comments', () => {
    expect(isBoilerplateLine('3 ކޮމެންޓް ލިޔުނު މީހުން ވަނީ ހައްޔަރުކޮށްފަ އެވެ.')).toBe(false);
  });
});
