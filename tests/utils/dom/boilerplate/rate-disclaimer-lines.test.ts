import { describe, expect, it } from 'vitest';
import { RATE_DISCLAIMER_LINES } from '../../../../utils/dom/boilerplate/rate-disclaimer-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => RATE_DISCLAIMER_LINES.some((pattern) => pattern.test(line));

describe('RATE_DISCLAIMER_LINES', () => {
  it.each([
    'The content on this page is accurate as of the posting date; however, some of the rates mentioned may have expired. All loans are subject to credit approval.',
    'The content on this page is accurate as of the posting date; however, some of our partner offers may have expired.',
    'Information in this article is accurate as of the publication date.',
    'All loans are subject to credit approval.',
    'Rates shown assume a $400,000 purchase price, 20% down and a 740+ credit score.',
    'APRs displayed are based on a loan amount of $300,000 and a credit score of 760.',
  ])('drops a finance page’s standing disclaimer: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // A story's sentence names its own figure and date.
    'The rate quoted by the lender was accurate as of the posting date of its filing, the regulator found.',
    'Freddie Mac said its survey figures are accurate as of Thursday morning.',
    // A survey's assumptions, told with its source.
    "Freddie Mac's rates assume a borrower with 20% down and strong credit.",
    'The rates shown to borrowers on the app were higher than those in its ads, the complaint says.',
    // Approval as news.
    'All loans are subject to approval by the county board, which meets in January.',
    'All loans to small businesses under the program were subject to credit approval by the state, the audit said.',
  ])('keeps a story’s sentence: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
