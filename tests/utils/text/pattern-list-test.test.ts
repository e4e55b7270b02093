import { describe, expect, it } from 'vitest';
import { runSteps } from '../../../utils/steps/steps';
import { patternListTest, preparePatternListsSteps } from '../../../utils/text/pattern-list-test';

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

describe('preparePatternListsSteps', () => {
  /** A long list: more patterns than a step reads, so the build takes several steps. */
  const LONG = Array.from({ length: 120 }, (_, i) => new RegExp(`^read (?:more|next) ${i}$`, 'i'));
  const TEXTS = ['Read more 7', 'READ NEXT 119', 'read more 120', 'Read more about it', ''];

  it('should give the same answers prepared step by step as built on first use', () => {
    const onFirstUse = patternListTest(LONG);
    const expected = TEXTS.map(onFirstUse);
    const prepared = patternListTest(LONG);
    runSteps(preparePatternListsSteps());
    expect(TEXTS.map(prepared)).toEqual(expected);
    expect(expected).toEqual([true, true, false, false, false]);
  });

  it('should take several steps for a long list, and none for lists already built', () => {
    patternListTest(LONG);
    let steps = 0;
    for (const _step of preparePatternListsSteps()) steps++;
    expect(steps).toBeGreaterThan(2);
    steps = 0;
    for (const _step of preparePatternListsSteps()) steps++;
    expect(steps).toBe(0);
  });

  it('should give the same answers when a list is tested while it is being prepared', () => {
    const expected = TEXTS.map(patternListTest(LONG));
    const meanwhile = patternListTest(LONG);
    const steps = preparePatternListsSteps();
    steps.next();
    steps.next();
    expect(TEXTS.map(meanwhile)).toEqual(expected);
    runSteps(steps);
    expect(TEXTS.map(meanwhile)).toEqual(expected);
  });
});
