import { describe, expect, it } from 'vitest';
import { opensDatedRun } from '../../../utils/page/opens-dated-run';
import { splitLines } from '../../../utils/page/split-lines';

const opens = (input: string, at = 0): boolean => opensDatedRun(splitLines(input), at);

describe('opensDatedRun', () => {
  it.each([
    [
      'a timeline of dated entries',
      'March 9, 2017\nA line in the budget\nA memo lists the school.\nMay 15, 2018\nText.',
    ],
    ['a diary with a paragraph per day', '12 June 2019\nWe left at dawn.\n13 June 2019\nIt rained all day.'],
  ])('should read %s', (_case, input) => {
    expect(opens(input)).toBe(true);
  });

  it.each([
    ['two header dates together', 'March 3, 2012\nMarch 4, 2012\nThe council voted on Monday.'],
    ['a labelled update under text', 'March 3, 2012\nA dek line.\nUpdated March 4, 2012\nThe council voted.'],
    ['a date with a byline', 'By Ann Lee, March 3, 2012\nText.\nMarch 4, 2012\nMore text.'],
    [
      'a lone date over the story',
      'March 3, 2012\nThe council voted on Monday.\nThe vote was close.\nMore.\nEnd.\nAfter.',
    ],
    ['a sentence naming a date', 'On March 3, 2012 the council voted.\nText.\nMarch 4, 2012\nMore.'],
  ])('should not read %s', (_case, input) => {
    expect(opens(input)).toBe(false);
  });
});
