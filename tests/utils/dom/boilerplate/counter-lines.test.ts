import { describe, expect, it } from 'vitest';
import { COUNTER_LINES } from '../../../../utils/dom/boilerplate/counter-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => COUNTER_LINES.some((pattern) => pattern.test(line));

describe('COUNTER_LINES', () => {
  it.each([
    '2.1K 96K views',
    '412 points',
    '1,204 likes',
    '96K views',
    '3.4M reads',
    '1,204 Shares',
    '8.7K shares',
    '1.4k points 212k views',
  ])('drops the tally row: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '',
    // A count inside a sentence, a score and a heading with a number stay.
    'The video drew 96K views in its first day, more than the club had ever had.',
    'Harlan won by 412 points to 390.',
    '#1 A Pressed Four-Leaf Clover',
    'Views from the summit',
    '12 points of light',
    'The fund sold 1,204 shares of the company on Tuesday.',
    'Shares of the company rose 4%',
    '500 shares at $12.40',
    'Harlan won by 412 points to 390 points',
    'The club scored 12 points in 40 views of the replay',
  ])('keeps: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
