import { describe, expect, it } from 'vitest';
import { PRINT_PITCH_LINES } from '../../../../utils/dom/boilerplate/print-pitch-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => PRINT_PITCH_LINES.some((pattern) => pattern.test(line));

describe('PRINT_PITCH_LINES', () => {
  it.each([
    'Subscribe to the print edition',
    'Subscribe to the print edition: 52 issues for $49.',
    'Get the print edition delivered to your door every Friday.',
    'Order our print magazine today and save 40%.',
    'Subscribe to the Western Grower print edition for $59 a year.',
  ])('drops the pitch for the paper copy: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // Stories about print editions and subscriptions keep their sentences.
    'Subscribers to the print edition will receive a free calendar with the December issue, the publisher said.',
    'The cooperative will stop its print magazine next year and move online.',
    'Get the print edition back, the letter writers told the board.',
    'Readers who subscribe to the print edition are mostly over 55, the survey found.',
    'Buy the paper copy of your herd register from the breed society, says Ann Field.',
  ])('keeps the story: %s', (line) => {
    expect(matches(line)).toBe(false);
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
