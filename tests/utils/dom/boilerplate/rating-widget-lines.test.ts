import { describe, expect, it } from 'vitest';
import { RATING_WIDGET_LINES } from '../../../../utils/dom/boilerplate/rating-widget-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => RATING_WIDGET_LINES.some((pattern) => pattern.test(line));

describe('RATING_WIDGET_LINES', () => {
  it.each([
    'Rate this item',
    'Rate this item 1 2 3 4 5',
    'Rate this article:',
    'Please Rate',
    'Click to rate this post!',
    '(5 votes)',
    '(1 vote)',
    '( 1,204 votes )',
    'User rating: 4 / 5',
    '[Total: 5 Average: 4.2]',
    '😍48 Love',
    '😂 3 Haha',
    '😮 Wow 1.2K',
    '👍 12 Like',
  ])('drops the rating widget line: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '',
    // A story's sentences about votes and ratings, and a result line with its tally, stay.
    'Rate this item as you would any other purchase, the consumer group advised.',
    'The measure passed 5-2 (5 votes to 2).',
    'Only if the study comes back clean (551 votes)',
    'Users rate this item highly: 4.6 stars from 2,000 buyers.',
    'User rating: the app has slipped to 3.1 since the update.',
    // A reaction's word and a count without the emoji (a table's score line), or an emoji in a sentence.
    'Love 3',
    '😍 48 people said they would love to come back next year',
    '❤️ Love',
  ])('keeps: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});

describe("RATING_WIDGET_LINES, Taqyeem's readers' vote", () => {
  it.each(['User Rating: Be the first one !', 'User Rating: 3.95 ( 12 votes)', "Readers' Rating: 4.2 (1 vote)"])(
    'drops: %s',
    (line) => {
      expect(matches(line)).toBe(true);
      expect(isBoilerplateLine(line)).toBe(true);
    },
  );

  it.each([
    'User rating: be the first one to tell us whether the new timetable works.',
    'Readers rating the council’s website gave it 3 stars out of 5.',
  ])('keeps: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
