import { describe, expect, it } from 'vitest';
import { isStoryNote, readCreditAboveNotes } from '../../../utils/page/read-credit-above-notes';
import { splitLines } from '../../../utils/page/split-lines';

describe('isStoryNote', () => {
  it.each([
    'This story has been updated to include comments from board member Dale Whitford.',
    'This article was corrected to show that the vote was 5-2, not 6-1.',
    'An earlier version of this story misstated the number of students.',
    'Correction: An earlier version of this story misspelled the superintendent’s name.',
    'Update, March 2, 2021: The county has since agreed to fund two of the three water pans.',
    "Editor's note: This story was updated Tuesday with the final vote.",
    'Clarification: The district, not the city, owns the building.',
  ])('reads an editor’s note on the story: %s', (line) => {
    expect(isStoryNote(line)).toBe(true);
  });

  it.each([
    'The list was updated monthly, the clerk said.',
    'This story began in 1927, when the school opened.',
    'Corrections officers said the inmate had been moved.',
    'Updates to the plan will be posted online, Aldana said.',
  ])('leaves the story’s own sentence: %s', (line) => {
    expect(isStoryNote(line)).toBe(false);
  });
});

describe('readCreditAboveNotes', () => {
  it('should take the contributors’ credit set above the closing editor’s note', () => {
    const lines = splitLines(
      'The board will seek proposals next spring.\nRegister staff writer Hannah Voss contributed to this report.\n' +
        'This story has been updated to include comments from board member Dale Whitford.',
    );
    const found = readCreditAboveNotes(lines);
    expect(found?.line).toBe(lines[1]);
    expect(found?.credits.credits?.text).toBe('Register staff writer Hannah Voss contributed to this report.');
  });

  it('should look past two notes, not three', () => {
    const two = splitLines('Text.\nAnn Lee contributed.\nCorrection: A date was wrong.\nUpdate: The vote was held.');
    expect(readCreditAboveNotes(two)?.line).toBe(two[1]);
    const three = splitLines(
      'Text.\nAnn Lee contributed.\nCorrection: A date was wrong.\nUpdate: The vote was held.\nUpdate: Again.',
    );
    expect(readCreditAboveNotes(three)).toBeUndefined();
  });

  it.each([
    // No editor's note closes the story: readCredits reads the last lines itself.
    'Text.\nAnn Lee contributed to this report.',
    // The line above the note is the story's own.
    'The board said the district contributed.\nThe vote was close.\nThis story has been updated.',
    // A copyright notice above a note is not a contributors' credit.
    'Text.\n© 2026 Daily Planet Ltd.\nThis story has been updated.',
  ])('should leave the text alone: %s', (text) => {
    expect(readCreditAboveNotes(splitLines(text))).toBeUndefined();
  });
});
