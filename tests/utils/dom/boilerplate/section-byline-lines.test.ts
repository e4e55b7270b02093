import { describe, expect, it } from 'vitest';
import { SECTION_BYLINE_LINES } from '../../../../utils/dom/boilerplate/section-byline-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => SECTION_BYLINE_LINES.some((pattern) => pattern.test(line));

describe('SECTION_BYLINE_LINES', () => {
  it.each([
    'By Tom Hadley, BBC Look East environment correspondent',
    'By Ann Marie Lee, political editor',
    'BY Bo Ek, BBC News Online technology reporter',
    "By Sean O'Neill, chief crime correspondent",
  ])('drops the section byline: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'By Tuesday, the editor had resigned.',
    'By Monday the reporter had filed her story',
    'By the end of the year, the newspaper had a new editor',
    'By Ann Lee, with additional reporting from the Harbour desk, the story ran on Friday.',
    'By Ann Lee',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
