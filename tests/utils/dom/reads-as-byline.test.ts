import { describe, expect, it } from 'vitest';
import { readsAsByline } from '../../../utils/dom/reads-as-byline';

describe('readsAsByline', () => {
  it.each([
    'By Ann Lee',
    'Posted on October 12, 2012',
    '  By   Ann Lee  ',
    'May 2, 2024',
    'Today at 05:30',
    'Yesterday, 18:40',
    'Published 2 hours ago',
  ])('should read %j as a byline or date line', (text) => {
    expect(readsAsByline(text)).toBe(true);
  });

  it.each([
    '',
    'Boats are back two years after the storm.',
    `By Ann Lee ${'and more words '.repeat(30)}`,
    'Today at 10:00 the council meets to vote on the harbour plan.',
    'Yesterday at 18:40 a second boat was seen off the pier.',
    'Today at noon',
  ])('should not read %j as one', (text) => {
    expect(readsAsByline(text)).toBe(false);
  });
});

describe('readsAsByline on a Korean byline row', () => {
  it('should read a name, the reporter title and the stamps as a byline', () => {
    expect(readsAsByline('김서진 기자 입력 2019-05-14 03:00:00 수정 2019-05-14 03:00:00')).toBe(true);
  });

  it('should not read a sentence about a reporter as one', () => {
    expect(readsAsByline('김서진 기자는 13일 섬마을 학교를 찾았다.')).toBe(false);
  });
});
