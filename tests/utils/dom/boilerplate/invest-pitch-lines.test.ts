import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

describe('INVEST_PITCH_LINES', () => {
  it.each([
    'Should you invest $1,000 in Brightwell Pharmaceuticals right now?',
    'Before you buy stock in Brightwell Pharmaceuticals, consider this:',
    'See the 10 stocks »',
    '*Stock Advisor returns as of November 24, 2026',
    'Sponsored: Find a Qualified Financial Advisor',
    'Sponsored: Compare Today’s Best CD Rates',
  ])('should drop %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Should you invest $1,000 in a CD or a bond fund?',
    'Before you buy stock in any drugmaker, consider this: most trials fail, and the ones that succeed take a decade.',
    'See the 10 stocks that led the index this year in the table below.',
    'Sponsored: the river festival, by Harbour Savings Bank',
    'Sponsored: Find out how the bank chose the charities. It picked nine.',
  ])('should keep %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
