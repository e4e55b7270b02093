import { describe, expect, it } from 'vitest';
import { dateLocale } from '../../components/date-locale';

describe('dateLocale', () => {
  it.each([
    ["the reader's variant of the article's language", 'en', ['en-GB', 'fr-FR'], 'en-GB'],
    ["a later reader language that matches the article's", 'fr', ['en-GB', 'fr-CA'], 'fr-CA'],
    ['matching primary tags case-insensitively', 'EN', ['en-AU'], 'en-AU'],
  ])('should choose %s', (_label, article, reader, expected) => {
    expect(dateLocale(article, reader)).toBe(expected);
  });

  it.each([
    ["the article's language when the reader does not read it", 'de', ['en-GB'], 'de'],
    ["the reader's first language when the article's is unknown", undefined, ['en-GB', 'de'], 'en-GB'],
    ['nothing when neither is known', undefined, [], undefined],
  ])('should fall back to %s', (_label, article, reader, expected) => {
    expect(dateLocale(article, reader)).toBe(expected);
  });
});
