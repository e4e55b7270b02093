import { describe, expect, it } from 'vitest';
import { isCountedReadTime } from '../../../utils/page/is-counted-read-time';
import { isHeaderFurniture } from '../../../utils/page/is-header-furniture';

const ENGLISH = (text: string) => /^\d+\s+min(?:ute)?s?\s+read$/i.test(text);

describe('isCountedReadTime', () => {
  it.each([
    ['a reading time alone', '4 min read'],
    ['comment and view counts before it (Jannah)', '3 2,318 2 minutes read'],
    ['one count before it', '0 1 minute read'],
    ['a view count of five bare digits before it', '12035 4 min read'],
    ['a Somali reading time', '2 daqiiqo oo akhris ah'],
    ['counts before a Somali reading time', '3 2,318 2 daqiiqo oo akhris ah'],
    ['a Swahili reading time', 'Dakika 4 za kusoma'],
    ['a Hausa reading time', 'Minti 3 na karatu'],
  ])('should read %s', (_name, text) => {
    expect(isCountedReadTime(text, ENGLISH)).toBe(true);
  });

  it.each([
    ['counts before words that are no reading time', '3 2,318 people voted'],
    ['more than three counts', '1 2 3 4 5 min read'],
    ['a sentence about reading time', 'Students need 4 min read time for each page.'],
  ])('should leave %s', (_name, text) => {
    expect(isCountedReadTime(text, ENGLISH)).toBe(false);
  });

  it('should make such a row header furniture', () => {
    expect(isHeaderFurniture('3 2,318 2 minutes read')).toBe(true);
    expect(isHeaderFurniture('3 2,318 2 daqiiqo oo akhris ah')).toBe(true);
  });
});

describe('isCountedReadTime, compact counts and bare lengths', () => {
  it.each([
    ["Hexo NexT's character count and reading time, labels left out", '3.4k 3 mins.'],
    ['a compact count before a reading time', '12K 4 min read'],
    ['a comment count before a bare length', '0 5 minutes'],
  ])('should read %s', (_name, text) => {
    expect(isCountedReadTime(text, ENGLISH)).toBe(true);
  });

  it.each([
    ['a bare length with no count (left to the duration rule)', '3 mins.'],
    ['a compact count before words', '3.4k people signed the petition'],
    ['a sentence ending on a length', 'The bus comes every 12 minutes.'],
    ['a count and a length with more words', '40 buses in 10 minutes'],
  ])('should leave %s', (_name, text) => {
    expect(isCountedReadTime(text, ENGLISH)).toBe(false);
  });

  it('should make such a row header furniture', () => {
    expect(isHeaderFurniture('3.4k 3 mins.')).toBe(true);
  });
});
