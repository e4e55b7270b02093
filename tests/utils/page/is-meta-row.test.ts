import { describe, expect, it } from 'vitest';
import { isHeaderFurniture } from '../../../utils/page/is-header-furniture';
import { isMetaRow } from '../../../utils/page/is-meta-row';

describe('isMetaRow', () => {
  it.each([
    [
      'a date, a count and bare categories between double slashes',
      'May 4, 2013 // 12 Comments // Soups , Quick , Winter',
    ],
    [
      'a count and labelled categories between bars',
      '3 Comments » | Published in Garden Design, Sheds, tools | 3 Comments',
    ],
    ['a weekday and date and no comments yet', 'Tuesday, March 5th, 2013 | No Comments'],
    ['categories filed under, then a count', 'Filed under Travel, Ferries | Comments (4)'],
    ['a count and a date between dots', '2 Responses · June 1, 2014'],
  ])('should be true for %s', (_case, text) => {
    expect(isMetaRow(text)).toBe(true);
    expect(isHeaderFurniture(text)).toBe(true);
  });

  it.each([
    ['a count alone (the comment finder reads it)', '12 Comments'],
    ['a date and categories with no count', 'May 4, 2013 | Soups, Quick, Winter'],
    ['a sentence before the count', 'The ferry will not run this week | 12 comments'],
    ['two categories only, unlabelled', 'Soups, Winter | 12 Comments'],
    ['a sentence naming comments', 'The council received 12 comments on the plan.'],
    ['a byline and a date', 'By Ann Lee | May 4, 2013'],
  ])('should be false for %s', (_case, text) => {
    expect(isMetaRow(text)).toBe(false);
  });
});
