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
    'Chronicle critics make every attempt to remain anonymous. All meals are paid for by The Chronicle.',
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
    // Meals paid for by people who are no critics.
    'At the shelter, all meals are paid for by donors who remain anonymous.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });

  it.each([
    'RATINGS KEY: ★★★★ Extraordinary ★★★ Excellent ★★ Good ★ Fair. Chronicle critics make every attempt to remain anonymous. All meals are paid for by The Chronicle.',
    'Ratings: ★★★★★ Exceptional; ★★★★ Excellent; ★★★ Very good; ★★ Good; ★ Fair',
    'Key: ★★★★ Superb; ★★★ Excellent; ★★ Good; ★ Satisfactory; No stars: Poor.',
    '★★★★ Extraordinary ★★★ Excellent ★★ Good ★ Fair',
  ])('drops the key to the star ratings: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // The review's own rating: one step of the scale.
    'Rating: ★★★',
    // The info box's ratings of the place on several counts, each after its word.
    'Food: ★★★ Service: ★★ Atmosphere: ★★★',
    // Stars in a sentence of the story.
    'Diners gave it ★★★★ for food, ★★★ for service and ★★ for value.',
    'The app has mixed reviews: ★★★★★ from loyal users, ★ from everyone else.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
