import { describe, expect, it } from 'vitest';
import { patternListTest } from '../../../utils/text/pattern-list-test';

describe('patternListTest', () => {
  const isFurniture = patternListTest([
    /^advertisement$/i,
    /^sponsored$/iu,
    /^[Ss]hare this (?:story|article)$/,
    // Nothing to look for: the pattern runs on every text.
    /^\d+ of \d+$/,
    /^(?:広告|スポンサーリンク)$/u,
  ]);

  it.each([
    ['a literal line', 'Advertisement'],
    ['its case folded', 'ADVERTISEMENT'],
    ['the long s that `iu` matches to s', 'ſponſored'],
    ['a case-sensitive pattern in either case it allows', 'share this story'],
    ['a pattern with nothing to look for', '3 of 12'],
    ['a caseless script', 'スポンサーリンク'],
  ])('should be true for %s', (_name, text) => {
    expect(isFurniture(text)).toBe(true);
  });

  it.each([
    ['prose holding a pattern’s words', 'The advertisement ran for a week.'],
    ['a case the pattern does not allow', 'SHARE THIS STORY'],
    ['an empty text', ''],
  ])('should be false for %s', (_name, text) => {
    expect(isFurniture(text)).toBe(false);
  });

  it('should be false for every text when the list is empty', () => {
    expect(patternListTest([])('Advertisement')).toBe(false);
  });
});
