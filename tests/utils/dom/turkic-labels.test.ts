import { describe, expect, it } from 'vitest';
import { FOREIGN_READ_LABELS } from '../../../utils/dom/foreign-labels';
import { isTeaserLine } from '../../../utils/dom/is-teaser-line';
import { TURKIC_READ_LABELS } from '../../../utils/dom/turkic-labels';

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'iu');

describe('TURKIC_READ_LABELS', () => {
  it.each([
    ['Azerbaijani read also', 'Həmçinin oxuyun'],
    ['Azerbaijani similar news', 'Oxşar xəbərlər'],
    ['Uzbek on this topic', 'Mavzuga oid'],
    ['Uzbek on this topic, capitals', 'MAVZUGA OID'],
    ['Uzbek Cyrillic on this topic', 'Мавзуга оид'],
    ['Uzbek read more, turned comma', 'Yana o‘qing'],
    ['Uzbek read more, apostrophe', "Yana o'qing"],
    ['Uzbek also read, backtick', 'Shuningdek o`qing'],
    ['Kazakh on this topic', 'Тақырыпқа қатысты'],
    ['Kazakh also read', 'Сондай-ақ оқыңыз'],
  ])('should read the label in %s', (_name, label) => {
    expect(whole(TURKIC_READ_LABELS).test(label)).toBe(true);
    expect(whole(FOREIGN_READ_LABELS).test(label)).toBe(true);
  });

  it.each([
    ['an Uzbek sentence on the topic', 'Mavzuga oid savollar yig‘ilishda muhokama qilindi.'],
    ['an Azerbaijani sentence that asks to read', 'Həmçinin oxuyun deyə müəllim şagirdlərə tapşırıq verdi.'],
    ['a Kazakh sentence on the topic', 'Тақырыпқа қатысты сұрақтар жиналыста талқыланды.'],
  ])('should not read %s as a whole label', (_name, text) => {
    expect(whole(FOREIGN_READ_LABELS).test(text)).toBe(false);
  });

  it('should read a label and its link as a teaser line, and not a sentence that opens with the words', () => {
    const teaser = 'Mavzuga oid: Buxoroda hunarmandlar markazi ochildi';
    expect(isTeaserLine(teaser, 'Buxoroda hunarmandlar markazi ochildi'.length)).toBe(true);
    expect(isTeaserLine('Mavzuga oid savollar yig‘ilishda muhokama qilindi va qaror qabul qilindi.', 0)).toBe(false);
  });
});
