import { describe, expect, it } from 'vitest';
import { authorNameSpan } from '../../../../utils/dom/comments/author-name-span';

describe('authorNameSpan: credit words', () => {
  it.each([
    ['posted by Kwadwo Mensah', 'Kwadwo Mensah'],
    ['Submitted by Ann', 'Ann'],
    ['Written by  Ann Lee', 'Ann Lee'],
  ])('should take the credit words off %j', (line, name) => {
    const span = authorNameSpan({ start: 10, end: 10 + line.length }, line);
    expect(line.slice(span.start - 10, span.end - 10)).toBe(name);
  });

  it.each(['Kwadwo Mensah', 'Bypass Fan', 'posted by', 'Posted'])('should leave %j as it is', (line) => {
    expect(authorNameSpan({ start: 0, end: line.length }, line)).toEqual({ start: 0, end: line.length });
  });
});

describe("authorNameSpan: Drupal's unverified mark", () => {
  it.each([
    ['Ken Dobbs (not verified)', 'Ken Dobbs'],
    ['gus  (Not verified)', 'gus'],
  ])("should take Drupal's mark off %j", (line, name) => {
    const span = authorNameSpan({ start: 10, end: 10 + line.length }, line);
    expect(line.slice(span.start - 10, span.end - 10)).toBe(name);
  });

  it.each(['Ken Dobbs', '(not verified)', 'Not verified yet', 'The claim (not verified) spread'])(
    'should leave %j as it is',
    (line) => {
      expect(authorNameSpan({ start: 0, end: line.length }, line)).toEqual({ start: 0, end: line.length });
    },
  );
});

describe('authorNameSpan: both', () => {
  it('should take the credit words and the mark off one line', () => {
    const line = 'Submitted by Ken Dobbs (not verified)';
    const span = authorNameSpan({ start: 10, end: 10 + line.length }, line);
    expect(line.slice(span.start - 10, span.end - 10)).toBe('Ken Dobbs');
  });
});
