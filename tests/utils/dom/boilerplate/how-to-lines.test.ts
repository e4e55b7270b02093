import { describe, expect, it } from 'vitest';
import { HOW_TO_LINES } from '../../../../utils/dom/boilerplate/how-to-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => HOW_TO_LINES.some((pattern) => pattern.test(line));

describe('HOW_TO_LINES', () => {
  it.each([
    'Submit a Tip',
    'All tip submissions are carefully reviewed before being published',
    'About This Article',
    'This article was co-authored by Maren Oduya. Maren Oduya is a horticulturist who runs a plant clinic in Nairobi.',
    'This article was co-authored by wikiHow Staff.',
    'This article has been viewed 84,213 times.',
    'Thanks to all authors for creating a page that has been read 84,213 times.',
    'Did this article help you?',
    'Was this article helpful?',
    'Working Time: 1 hr',
    'Total Time: 2 to 3 days',
    'Skill Level: Beginner',
    'Complexity: Intermediate',
    'Estimated Cost: $10 to $20',
    'Cost: $150',
  ])('drops the how-to site line: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '',
    // The steps, tips and a story's own sentences about its making stay.
    'Submit a tip to the county by phone or online; the sheriff said every call is read.',
    'This article was co-authored by two students as part of a class project, which is why it reads unevenly in places.',
    'About this article: the data come from the state health department.',
    'The guide has been viewed 84,213 times since it went up in March, the library said.',
    'Did this article help you decide? Tell us in the comments.',
    'Working time: 1 hour a day, six days a week, the union said.',
    'Skill level: beginner players should start with the shorter course.',
    'Cost: $10 million, paid from the county’s reserve fund over three years.',
  ])('keeps: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
