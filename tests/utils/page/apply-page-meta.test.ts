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
