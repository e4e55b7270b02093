import { describe, expect, it } from 'vitest';
import { isDateStamp } from '../../../utils/dom/is-date-stamp';
import { elementOf } from './element-of';

describe('isDateStamp', () => {
  it.each([
    ['a Solar Hijri date in Persian digits', '<time datetime="2026-11-28">۷ آذر ۱۴۰۵</time>'],
    [
      'a Solar Hijri stamp with its time and an update label',
      '<div class="meta"><time datetime="2026-11-29T08:10:00Z">۸ آذر ۱۴۰۵ - ۱۱:۴۰</time><span>به‌روزرسانی: ۱۲:۳۲</span></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isDateStamp(elementOf(html))).toBe(true);
  });

  it.each([
    ['a date the parser reads (left for it)', '<time datetime="2026-11-28">November 28, 2026</time>'],
    ['a Turkish date the parser reads', '<div><time>28 Kasım 2026 14:05</time></div>'],
    [
      'a relative stamp in Latin letters with the author (read by the parser)',
      '<div><div><a href="/auteur/lea">Léa Berthoud</a></div><time>Publié aujourd\'hui à 15h05</time></div>',
    ],
    [
      'a date glued to its time',
      '<div class="dateblock"><time><span>November 28, 2026</span><span>5:00 AM ET</span></time></div>',
    ],
    ['a block without a time', '<div>۷ آذر ۱۴۰۵</div>'],
    [
      'a sentence around a time',
      '<p>The ceremony on <time datetime="2026-11-28">۷ آذر</time> drew crowds. Police closed the road.</p>',
    ],
    [
      'a byline beside the stamp',
      '<div><a href="/author/sara">سارا رحیمی، خبرنگار بی‌بی‌سی فارسی در لندن</a> <time>۷ آذر ۱۴۰۵</time></div>',
    ],
  ])('should not find %s', (_case, html) => {
    expect(isDateStamp(elementOf(html))).toBe(false);
  });
});

describe('isDateStamp with a Solar Hijri stamp the parser reads', () => {
  it('should still find the stamp, whose row holds labels the parser does not read', () => {
    expect(isDateStamp(elementOf('<span class="td-post-date"><time>۸ قوس ۱۴۰۵</time></span>'))).toBe(true);
  });

  it('should leave a Gregorian stamp in Persian to the parser', () => {
    expect(isDateStamp(elementOf('<span><time>۲۸ نوامبر ۲۰۲۶</time></span>'))).toBe(false);
  });
});

describe('isDateStamp with a month and year alone', () => {
  it.each([
    '<p class="date"><time datetime="2026-11-18">November 2026</time></p>',
    '<div><time datetime="2026-11">Nov 2026</time></div>',
  ])('should read %s as a date stamp', (html) => {
    expect(isDateStamp(elementOf(html))).toBe(true);
  });

  it.each([
    ['with no datetime', '<p><time>November 2026</time></p>'],
    ['with a label beside it', '<p>Updated <time datetime="2026-11-18">November 2026</time></p>'],
    ['a day the parser reads', '<p><time datetime="2026-11-18">November 18, 2026</time></p>'],
    ['in a sentence', '<p>The plan was set in <time datetime="2026-11">November 2026</time>.</p>'],
  ])('should leave a stamp %s to the parser', (_case, html) => {
    expect(isDateStamp(elementOf(html))).toBe(false);
  });
});
