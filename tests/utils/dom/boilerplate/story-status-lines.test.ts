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
    'Article history',
    'This article was published on guardian.co.uk at 16.09 GMT on Monday 5 March 2012. A version appeared on p14 of the Main section section of the Guardian on Tuesday 6 March 2012. It was last modified at 00.05 GMT on Tuesday 6 March 2012.',
    'This article was published on guardian.co.uk at 00.05 BST on Sunday 8 July 2012. It appeared in the Observer on Sunday 8 July 2012 on p12 of the News section. It was last modified at 09.21 BST on Sunday 8 July 2012.',
    'This story was first published on www.example-times.com on March 5, 2012.',
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
    // Where a story or a history ran, in the story's words.
    'This article was published on a Sunday, when few editors were at their desks.',
    'The article history of the town, written by a local teacher in 1911, is kept at the library.',
    'Article history shows the clause was added in 1994.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
