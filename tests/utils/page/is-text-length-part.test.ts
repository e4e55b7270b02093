import { describe, expect, it } from 'vitest';
import { isTextLengthPart } from '../../../utils/page/is-text-length-part';
import { isHeaderFurniture } from '../../../utils/page/is-header-furniture';

describe('isTextLengthPart', () => {
  it.each([
    'Symbols count in article: 3.4k',
    'Words count in article: 1.2k',
    'Word count: 1,234',
    'Reading time ≈ 3 mins.',
    'Reading time: 4min',
    'Reading time: about 6 minutes',
  ])('should read %s as a length part', (text) => {
    expect(isTextLengthPart(text)).toBe(true);
  });

  it.each([
    'Word count: the essay must stay under 800 words.',
    'Reading time for the whole report is about an hour.',
    'Symbols count for a lot in this campaign',
    'Words count: 3 of them were wrong',
  ])('should leave %s', (text) => {
    expect(isTextLengthPart(text)).toBe(false);
  });

  it("should make a Hexo NexT meta row header furniture, and leave a story's sentence", () => {
    expect(isHeaderFurniture('Symbols count in article: 3.4k | Reading time ≈ 3 mins.')).toBe(true);
    expect(isHeaderFurniture('Word count: 1.2k | Reading time: 4min')).toBe(true);
    expect(isHeaderFurniture('Reading time is down | Word count is up')).toBe(false);
  });
});
