import { describe, expect, it } from 'vitest';
import { isStorylessPass } from '../../../utils/dom/is-storyless-pass';

describe('isStorylessPass', () => {
  it.each([
    ['an ad label', 'Publicidad'],
    ['a label and a share row', 'Advertisement\n\nShare  Tweet  Email'],
    ['a byline and a share row', 'by Jennifer Dancy on May 3, 2012\r\n\r\nShare this post'],
    ['a kicker', 'Commerce · Loir-et-Cher'],
    ['a version number', 'v2.1 release notes'],
    ['nothing', ''],
  ])('is true for %s', (_case, text) => {
    expect(isStorylessPass(text)).toBe(true);
  });

  it.each([
    ['a one-line brief', 'Fire crews were called to Main Street at 3 a.m. Nobody was hurt'],
    ['a sentence ending the text', 'The council voted 5-2 to approve the plan.'],
    ['a quoted sentence', '“We never thought we would raise that much,” she said.”'],
    ['a question', 'Will the trail open by spring?'],
    ['Japanese', '市議会は計画を承認した。'],
    ['Hindi', 'परिषद ने योजना को मंज़ूरी दी।'],
    [
      "a wire brief's bullet points",
      'Nov 7 (Reuters) - Harlow Pump Corp:\n* REPORTS THIRD QUARTER RESULTS\n* Q3 ADJUSTED EARNINGS PER SHARE $0.57\n' +
        '* Q3 REVENUE $312.6 MILLION VERSUS $288.1 MILLION\n* RAISES FY ADJUSTED EARNINGS PER SHARE VIEW',
    ],
  ])('is false for %s', (_case, text) => {
    expect(isStorylessPass(text)).toBe(false);
  });
});
