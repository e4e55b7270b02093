import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence } from '../../../utils/summary/is-boilerplate-sentence';

describe('isBoilerplateSentence', () => {
  it.each([
    ['a credit line', 'Associated Press writer Ann Lee in Oslo contributed to this report.'],
    ['a bare credit', 'Ann Lee and Bo Kim contributed.'],
    ['a copyright notice', '© Copyright 2026 The Associated Press.'],
    ['a rights notice', 'All rights reserved.'],
    ['a reuse notice', 'This material may not be published, broadcast, rewritten or redistributed.'],
    ['a call to action', 'Read more: Ten things to know about the vote'],
    ['a newsletter prompt', 'Sign up for our morning newsletter.'],
    ['a photo credit', 'Crowds gather at the port on Monday. (AP Photo/Lena Brook)'],
    ['an agency image credit', 'Getty Images'],
    ['an illustration credit', 'Illustration by Ann Lee/The Daily Example'],
    ['a caption describing a photo', 'This undated photo provided by the museum shows the aviator.'],
    ['a byline', 'By MARTA QUILL'],
    ['a bare dateline', 'PORTVALE, Norland (AP) —'],
    ['an upper-case dateline', 'WASHINGTON —'],
  ])('should flag %s', (_name, text) => {
    expect(isBoilerplateSentence(text)).toBe(true);
  });

  it.each([
    ['a lede with a dateline', 'PORTVALE, Norland (AP) — The city opened a flood barrier on Monday.'],
    ['a sentence mentioning photos', 'State media showed photographs of the leader at the station.'],
    ['a sentence starting with "By"', 'By Tuesday, the train had crossed the border.'],
    ['a plain report', 'The talks will focus on bilateral ties, the spokesman said.'],
    ['a sentence about a released photo', 'The ministry said a photo released on Monday was fake.'],
  ])('should keep %s', (_name, text) => {
    expect(isBoilerplateSentence(text)).toBe(false);
  });
});
