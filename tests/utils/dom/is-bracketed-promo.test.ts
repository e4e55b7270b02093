import { describe, expect, it } from 'vitest';
import { isBracketedPromo } from '../../../utils/dom/is-bracketed-promo';
import { isTeaserLine } from '../../../utils/dom/is-teaser-line';

/** Link characters of a line that is all link, spaces not counted. */
const allLink = (line: string): number => line.replace(/\s+/g, '').length;

describe('isBracketedPromo', () => {
  it.each([
    '[DOWNLOAD: Free WSB-TV News app for alerts as news breaks]',
    '[SIGN UP: Daily Headlines Newsletter]',
    '[WATCH: Crews clear the oil from the ramp]',
    '[RELATED: Tanker fire closes I-75 for six hours]',
    '[SPECIAL SECTION: Hurricane Season 2026]',
  ])('drops the linked, labelled promo: %s', (line) => {
    expect(isBracketedPromo(line, allLink(line))).toBe(true);
    expect(isTeaserLine(line, allLink(line))).toBe(true);
  });

  it.each([
    // An editor's bracketed aside: no label in capitals, and no link.
    ['[Update, March 2, 2021: The county has since agreed to fund two of the three water pans.]', 0],
    // A label in capitals but no link: a note printed in the text.
    ["[EDITOR'S NOTE: This story contains descriptions of violence.]", 0],
    // A quote's bracketed insertion inside a sentence.
    ['"They [the contractors] billed twice," she said.', 0],
  ] as const)('keeps the line: %s', (line, linkChars) => {
    expect(isBracketedPromo(line, linkChars)).toBe(false);
    expect(isTeaserLine(line, linkChars)).toBe(false);
  });
});
