import { describe, expect, it } from 'vitest';
import { applyPageMeta } from '../../../utils/page/apply-page-meta';

describe('applyPageMeta', () => {
  it('should keep what the text carried and fill the rest', () => {
    const text = { bylines: [], headline: { text: 'From text', span: { start: 0, end: 9 } } };
    const filled = applyPageMeta(text, { headline: 'From meta', date: '2023-09-12T10:00:00+02:00', publisher: 'P' });
    expect(filled.headline?.text).toBe('From text');
    expect(filled.date).toEqual({ text: '2023-09-12T10:00:00+02:00', iso: '2023-09-12T10:00:00+02:00' });
    expect(filled.publisher).toEqual({ text: 'P' });
  });

  it.each([
    ['Tue, 12 Sep 2023 08:00:00 GMT', '2023-09-12T08:00:00.000Z'],
    ['September 12, 2023', '2023-09-12'],
  ])('should read the meta date %j', (date, iso) => {
    expect(applyPageMeta({ bylines: [] }, { date }).date?.iso).toBe(iso);
  });

  it('should drop a meta date it cannot read', () => {
    expect(applyPageMeta({ bylines: [] }, { date: 'soon' }).date).toBeUndefined();
  });
});

describe('applyPageMeta with a space between date and time', () => {
  it.each([
    ['2026-11-28 13:10:00Z', '2026-11-28T13:10:00Z'],
    ['2026-11-28 13:10:00+03:30', '2026-11-28T13:10:00+03:30'],
    ['2026-11-28 13:10', '2026-11-28T13:10'],
  ])('should keep the time of %j', (date, iso) => {
    const filled = applyPageMeta({ bylines: [] }, { date });
    expect(filled.date).toEqual({ text: date, iso });
  });

  it('should not join a date to other text after a space', () => {
    expect(applyPageMeta({ bylines: [] }, { date: '2026-11-28 at noon' }).date?.iso).toBe('2026-11-28');
  });
});

describe('applyPageMeta with a publisher the text names in short', () => {
  const text = { bylines: [], publisher: { text: 'Register', span: { start: 10, end: 18 } } };

  it('should give the full name the page declares', () => {
    expect(applyPageMeta(text, { publisher: 'Pine Hollow Register' }).publisher).toEqual({
      text: 'Pine Hollow Register',
    });
  });

  it('should keep a publisher the page declares under another name', () => {
    expect(applyPageMeta(text, { publisher: 'Valley Media Group' }).publisher).toEqual(text.publisher);
  });
});
