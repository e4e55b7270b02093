import { describe, expect, it } from 'vitest';
import { isDatelineStamp } from '../../../utils/page/is-dateline-stamp';

const OPENING =
  "Madrid, Oct 8 (efe-epa).- Spain's olive oil producers expect this season's harvest to be half the size.";

describe('isDatelineStamp', () => {
  it.each([
    ['the dateline and the time', 'Madrid, Oct 8 (efe-epa) - 12:42 h', OPENING],
    ['the dateline alone', 'Madrid, Oct 8 (efe-epa)', OPENING],
    [
      'a dateline before a double dash',
      'SEOUL, March 1 (Yonhap)',
      'SEOUL, March 1 (Yonhap) -- Exports rose for a fifth month.',
    ],
  ])('should find %s', (_case, line, next) => {
    expect(isDatelineStamp(line, next)).toBe(true);
  });

  it.each([
    ['a place alone', 'Madrid', 'Madrid is hot in summer.'],
    [
      'a place alone in capitals (a dateline set apart is the story’s)',
      'ANKARA',
      'Türkiye on Monday announced a support package for small businesses in four provinces, the minister said.',
    ],
    [
      'a source’s credit in capitals',
      'CNN-IBN',
      'New Delhi: In a major setback to the party leader, the commission on Tuesday rejected his plea.',
    ],
    [
      'a place the paragraph opens on',
      'ANKARA',
      'ANKARA (AA) - Türkiye on Monday announced a support package for small businesses, the minister said.',
    ],
    ['a heading in capitals over a heading', 'BACKGROUND', 'WHAT THE PLAN INCLUDES'],
    ['a word in capitals over a short line', 'UPDATE', 'More to follow.'],
    [
      'a line the paragraph does not open on',
      'Madrid, Oct 8 (efe-epa) - 12:42 h',
      'Spain’s olive oil producers expect less.',
    ],
    ['a sentence the paragraph goes on from', 'Madrid, Oct 8', 'Madrid, Oct 8 was the hottest day of the year.'],
    [
      'a date line that is a sentence',
      'Paris, the city said on March 3, 2021',
      'Paris, the city said on March 3, 2021, that it would ban cars.',
    ],
  ])('should not find %s', (_case, line, next) => {
    expect(isDatelineStamp(line, next)).toBe(false);
  });
});
