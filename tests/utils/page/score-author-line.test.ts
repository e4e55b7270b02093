import { describe, expect, it } from 'vitest';
import { countNames } from '../../../utils/page/count-names';
import { scoreAuthorLine } from '../../../utils/page/score-author-line';

const NO_NAMES = countNames([]);

describe('scoreAuthorLine', () => {
  it.each([['stormcrow'], ['Мария_88'], ['李明'], ['José Ramón'], ['OTSUKARESAMADESU'], ['Tell_me_bout_it']])(
    'should score the name %j above zero',
    (text) => {
      expect(scoreAuthorLine(text, NO_NAMES)).toBeGreaterThan(0);
    },
  );

  it.each([
    ['Very sophisticated indeed'],
    ['Stalin was US ally'],
    ['WAKE UP PEOPLE'],
    ['NO WAY'],
    ['Blame the U.S.'],
    ['这是一个非常好的问题'],
  ])('should score the short text line %j below zero', (text) => {
    expect(scoreAuthorLine(text, NO_NAMES)).toBeLessThan(0);
  });

  it.each([['A sentence that ends.'], ['@Yrral'], ['> quoted'], ['']])('should rule out %j', (text) => {
    expect(scoreAuthorLine(text, NO_NAMES)).toBe(-Infinity);
  });

  it('should rank a name with digits above the same words without', () => {
    expect(scoreAuthorLine('SEAWALL FAN 2', NO_NAMES)).toBeGreaterThan(scoreAuthorLine('SEAWALL FAN NOW', NO_NAMES));
    expect(scoreAuthorLine('Pieter88', NO_NAMES)).toBeGreaterThan(scoreAuthorLine('Pieter', NO_NAMES));
  });

  it('should rank a repeated name above the same name seen once', () => {
    expect(scoreAuthorLine('Laguna', countNames(['Laguna', 'Laguna']))).toBeGreaterThan(
      scoreAuthorLine('Laguna', countNames(['Laguna'])),
    );
  });

  it('should rank a rarer case variant of a repeated name below the name itself', () => {
    const names = countNames(['Yrral', 'Yrral', 'yrraL']);
    expect(scoreAuthorLine('yrraL', names)).toBeLessThan(scoreAuthorLine('Seapig', names));
    expect(scoreAuthorLine('yrraL', names)).toBeLessThan(0);
  });
});
