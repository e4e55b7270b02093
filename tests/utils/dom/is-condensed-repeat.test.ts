import { describe, expect, it } from 'vitest';
import { isCondensedRepeat } from '../../../utils/dom/is-condensed-repeat';

const PARAGRAPH =
  'The apps never said no. I could add a forty-first task at eleven at night and the list would simply grow a ' +
  'little longer and a little more accusing. The card says no by running out of room.';
const OTHER = 'Anything that does not fit goes on the back, under a line I drew on the first day.';
const story = [PARAGRAPH, OTHER];

describe('isCondensedRepeat', () => {
  it.each([
    'The apps never said no. The card says no by running out of room.',
    '“The apps never said no.” “The card says no by running out of room.”',
  ])('should read %j as sentences of one paragraph, condensed', (quote) => {
    expect(isCondensedRepeat(story, quote)).toBe(true);
  });

  it.each([
    ['one sentence', 'The card says no by running out of room.'],
    ['sentences out of order', 'The card says no by running out of room. The apps never said no.'],
    ['sentences of two paragraphs', 'The apps never said no. Anything that does not fit goes on the back.'],
    ['a sentence the story does not say', 'The apps never said no. Paper always says no.'],
    ['a short sentence', 'It was. The card says no by running out of room.'],
    ['a part of a sentence', 'The apps never said. The card says no by running out of room.'],
    ['a clause the paragraph runs on from', 'I could add a forty-first task. The card says no by running out of room.'],
  ])('should not read %s as a condensed repeat', (_, quote) => {
    expect(isCondensedRepeat(story, quote)).toBe(false);
  });
});
