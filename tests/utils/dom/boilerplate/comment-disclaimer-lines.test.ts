import { describe, expect, it } from 'vitest';
import { COMMENT_DISCLAIMER_LINES } from '../../../../utils/dom/boilerplate/comment-disclaimer-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => COMMENT_DISCLAIMER_LINES.some((pattern) => pattern.test(line));

describe('COMMENT_DISCLAIMER_LINES', () => {
  it.each([
    'Please note: Comments are the opinions of their authors and do not reflect the views of KRVT.',
    'Comments are solely the views of the individual posters and do not necessarily reflect the views of this newspaper.',
    'The opinions expressed in comments below are those of the commenters and not those of this site.',
    'Disclaimer: Comments posted here are the opinions of their authors. They do not represent the views of WXYZ.',
    'Comments are the views of the users, not those of the station.',
  ])('drops the comment disclaimer: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '',
    // A story about what commenters wrote, or a quoted view, keeps its sentence.
    'Comments are the opinions of their authors, the judge wrote, and a newspaper cannot be held liable for them.',
    'The comments on the city forum were the opinions of a few residents, council members said.',
    'Comments on the proposal are due by Friday and do not need to be signed.',
    'The opinions expressed in the letter do not reflect the views of the union, its president said.',
  ])('keeps the sentence: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
