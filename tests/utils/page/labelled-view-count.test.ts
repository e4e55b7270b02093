import { describe, expect, it } from 'vitest';
import { isHeaderFurniture } from '../../../utils/page/is-header-furniture';
import {
  isLabelledViewCount,
  leadingViewCountLength,
  trailingViewCountStart,
} from '../../../utils/page/labelled-view-count';

describe('isLabelledViewCount', () => {
  it.each(['Post Views: 1,234', 'Total Views: 3112', 'Views: 89', 'Hits: 4.1k', 'Article views: 12.480'])(
    'should read %j as a view counter',
    (text) => {
      expect(isLabelledViewCount(text)).toBe(true);
      expect(isHeaderFurniture(text)).toBe(true);
    },
  );

  it.each([
    'Views of the harbour: 12 photographs from the storm',
    'Post views rose by 12 percent after the redesign.',
    'Views',
    'Total Views 3112',
    'Reads: a weekly column on books',
  ])('should not read %j as one', (text) => {
    expect(isLabelledViewCount(text)).toBe(false);
  });
});

describe('leadingViewCountLength', () => {
  it.each([
    ['Total Views: 3112 November 21, 2019 by Ann Lee', 'Total Views: 3112 '],
    ['Post Views: 1,234 | By Ann Lee', 'Post Views: 1,234 | '],
    ['Views: 89', 'Views: 89'],
  ])('should measure the counter opening %j', (text, counter) => {
    expect(leadingViewCountLength(text)).toBe(counter.length);
  });

  it.each(['November 21, 2019 by Ann Lee', 'Views: the harbour at dawn', 'Post views rose 12% on March 3, 2026'])(
    'should find none opening %j',
    (text) => {
      expect(leadingViewCountLength(text)).toBe(0);
    },
  );
});

describe('trailingViewCountStart', () => {
  it.each([
    ['by Ann Lee | Post Views: 1,234', 10],
    ['by Ann Lee Total Views: 3112', 10],
  ])('should find the counter closing %j', (text, at) => {
    expect(trailingViewCountStart(text)).toBe(at);
  });

  it.each(['by Ann Lee', 'The page drew more views: 1,234'])('should find none closing %j', (text) => {
    expect(trailingViewCountStart(text)).toBeUndefined();
  });
});
