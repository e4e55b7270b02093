import { describe, expect, it } from 'vitest';
import { STORY_STATUS_LINES } from '../../../../utils/dom/boilerplate/story-status-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => STORY_STATUS_LINES.some((pattern) => pattern.test(line));

describe('STORY_STATUS_LINES', () => {
  it.each([
    'This is a developing story. Check back for updates.',
    'This is a developing story and will be updated.',
    'DEVELOPING STORY: This story is developing and will be updated as more information becomes available.',
    'This story is developing. Check back with WKVTV.com and Channel 4 Action News for updates.',
    'This is a breaking news story and will be updated as more information becomes available.',
    'Breaking: This is a developing story.',
    'This story will be updated.',
    'Check back for updates.',
    'Check back with KQTV for updates.',
    'Stay with WXYZ for updates on this developing story.',
    'Stay with KQTV News for updates as this story develops.',
    'This article is more than 5 years old',
    'This article is more than 1 year old',
    'This article is more than 5 years old. Some of the information in it may be out of date.',
    'This article is over a year old.',
    'This was published 4 years ago',
    'This article was published more than 2 years ago.',
  ])('drops the standing status note: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // The story's own sentences about developments, updates and age.
    'This is a developing situation, the mayor said.',
    'This story is developing in ways nobody on the council expected.',
    'This article is more than 5 years old, he said, and it still holds up.',
    'The list will be updated monthly.',
    'The house is more than 100 years old.',
    'Check back for updates on the road closures, the sheriff told residents on Facebook.',
    'Check back with your doctor for updates on the trial.',
    'Stay with Grandma for updates, the nurse told the children, and she laughed.',
    // A note on what changed in the story is the story's own (an editor's note about it).
    'This story has been updated to include a statement from the company.',
    'Update, March 2, 2021: The county has since agreed to fund two of the three water pans.',
    'Correction: An earlier version of this story misstated the number of towers. It is 61, not 66.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
