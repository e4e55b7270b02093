import { describe, expect, it } from 'vitest';
import { readPointerNote } from '../../../utils/page/read-pointer-note';
import { splitLines } from '../../../utils/page/split-lines';

const BODY = 'A short walk after meals lowered blood sugar peaks.\nThe study was published Nov. 24.';
const taken = (closing: string): number => {
  const lines = splitLines(`${BODY}\n${closing}`);
  return readPointerNote(lines, lines.length);
};

describe('readPointerNote', () => {
  it.each([
    ['More information\nThe American Diabetes Association has more on prediabetes.'],
    ['More information\nThe U.S. Centers for Disease Control and Prevention has more on flu vaccines.'],
    ['For more information:\nVisit the National Cancer Institute for more on colon cancer screening.'],
    ['More information\nFor more on sleep and the heart, see the National Sleep Foundation.'],
  ])('should take the closing pointer %j', (closing) => {
    expect(taken(closing)).toBe(2);
  });

  it.each([
    // The label over what the story gives: contacts, a list (the Dragnet gold keeps those).
    ['For more information:\nCall the county health office at 555-0142.'],
    // A pointer sentence without its label closes the story in the writer's words.
    ['The council said the clinic has more on its website.'],
    // A closing sentence of the story under another heading.
    ['What comes next\nThe association has more on the trial than it has released, its director said.'],
    ['More information\nThe researchers plan a larger trial next year.'],
  ])('should leave %j in the article', (closing) => {
    expect(taken(closing)).toBe(0);
  });

  it('should take nothing from an empty article', () => {
    expect(readPointerNote([], 0)).toBe(0);
  });
});
