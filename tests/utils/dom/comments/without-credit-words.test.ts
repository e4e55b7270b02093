import { describe, expect, it } from 'vitest';
import { withoutCreditWords } from '../../../../utils/dom/comments/without-credit-words';

describe('withoutCreditWords', () => {
  it.each([
    ['posted by Kwadwo Mensah', 'Kwadwo Mensah'],
    ['Submitted by Ann', 'Ann'],
    ['Written by  Ann Lee', 'Ann Lee'],
  ])('should take the credit words off %j', (line, name) => {
    const span = withoutCreditWords({ start: 10, end: 10 + line.length }, line);
    expect(line.slice(span.start - 10, span.end - 10)).toBe(name);
  });

  it.each(['Kwadwo Mensah', 'Bypass Fan', 'posted by', 'Posted'])('should leave %j as it is', (line) => {
    expect(withoutCreditWords({ start: 0, end: line.length }, line)).toEqual({ start: 0, end: line.length });
  });
});
