import { describe, expect, it } from 'vitest';
import { DINING_POLICY_LINES } from '../../../../utils/dom/boilerplate/dining-policy-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => DINING_POLICY_LINES.some((pattern) => pattern.test(line));

describe('DINING_POLICY_LINES', () => {
  it.each([
    'Eating Eastside pays for all its meals and visits anonymously. Restaurants never see a review before it is published.',
    'The Courier pays for all meals; our critic visits anonymously.',
    'Our critic dines anonymously, and the paper pays for all of its meals.',
    'The Star pays for its meals and makes anonymous visits before every review.',
  ])('drops the note on how the critics work: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // A story about a critic's habits, reported.
    'Marsh pays for all her meals and dines anonymously, she said, wearing a wig on some nights.',
    // A kind stranger, in a story.
    'A stranger paid for their meals anonymously and left a note on the table.',
    // The review's own prose about the restaurant.
    'The kitchen pays for all its beef by the carcass, and the menu changes with what comes in.',
    'Guests who book anonymously through the app still get the tasting menu.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
