import { describe, expect, it } from 'vitest';
import { isCountPart, isHeaderFurniture } from '../../../utils/page/is-header-furniture';
import { isWordedCountRow } from '../../../utils/page/is-worded-count-row';

describe('isWordedCountRow', () => {
  it.each([
    ['a comment count, views and a reading time', '4 comments 1.2K views 3 minutes read'],
    ['shares and views', '12 shares 840 views'],
    ['a reading time first', '3 min read 4 comments'],
  ])('should be true for %s', (_case, text) => {
    expect(isWordedCountRow(text, isCountPart)).toBe(true);
  });

  it.each([
    ['one count alone', '4 comments'],
    ['a count before other words', '4 comments 12 people came'],
    ['a sentence opening on a number', '12 people voted 4 times'],
    ['counts after words', 'Views 12 shares 840'],
    ['an empty line', ''],
  ])('should be false for %s', (_case, text) => {
    expect(isWordedCountRow(text, isCountPart)).toBe(false);
  });
});

describe('isHeaderFurniture on worded counts in a row', () => {
  it('should read a row of counts as header furniture', () => {
    expect(isHeaderFurniture('4 comments 1.2K views 3 minutes read')).toBe(true);
  });

  it('should not read a sentence opening on counts as header furniture', () => {
    expect(isHeaderFurniture('4 comments were removed by the moderators')).toBe(false);
  });
});
