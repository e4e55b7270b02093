import { describe, expect, it } from 'vitest';
import { MARKET_DATA_LINES } from '../../../../utils/dom/boilerplate/market-data-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => MARKET_DATA_LINES.some((pattern) => pattern.test(line));

describe('MARKET_DATA_LINES', () => {
  it.each([
    'Quotes delayed 10 minutes. Click for all quotes.',
    'Quotes delayed 10 minutes.',
    'Data delayed at least 15 minutes',
    'Futures prices are delayed by 10 mins. Source: CME Group',
    'Market data delayed 20 minutes unless otherwise noted.',
    'Prices at 16:30, 26 November. Source: ICE Futures Europe, Euronext',
    'Prices as of the close, Nov. 26',
    'Closing prices as at 4pm GMT',
    'Cash prices as of 3:15 p.m. CT Nov. 26. Source: DTN',
    'Prices correct at 12.00 on Friday',
    'Dow 26,180.30 +2.13% S&P 500 2,813.89 +2.12% Nasdaq 7,570.75 +2.64%',
    'FTSE 100 7,412.05 -0.35% Brent Crude $61.07 +1.2% 10-Yr Yield 3.21% (-0.02)',
    'Dow 33,876.97 ▲ 0.4% Nasdaq 11,004.62 ▼ 1.1%',
  ])('drops a prices widget stamp: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // Stories about prices, delays and data keep their sentences.
    'Data delayed by 15 minutes caused chaos on the trading floor, brokers said.',
    'Prices at 9 a.m. rose 3% on the news.',
    'Prices at 16:30 rose sharply after the report.',
    'Prices as of last week remained well below the cost of production.',
    'Quotes were delayed for about 10 minutes on Tuesday after a fault at the exchange.',
    'Prices at the mart held firm despite the wet weather.',
    'Figures as of November show a 12% drop in the national herd.',
    'The sale was delayed 10 minutes while the auctioneer checked the passports.',
    'The Dow closed at 26,180.30, up 2.13%, and the S&P 500 rose 2.12% to 2,813.89.',
    'Dow 26,180.30',
    'Group A 12 +4 Group B 9 -2 were the standings after the first round.',
  ])('keeps the story: %s', (line) => {
    expect(matches(line)).toBe(false);
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
