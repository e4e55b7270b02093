import { describe, expect, it } from 'vitest';
import { DOI_LINES } from '../../../../utils/dom/boilerplate/doi-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => DOI_LINES.some((pattern) => pattern.test(line));

describe('DOI_LINES', () => {
  it.each([
    'Knowable Magazine | 10.1146/knowable-073019-1',
    '10.1146/knowable-073019-1',
    'DOI: 10.1038/d41586-019-01234-5',
    'doi:10.1126/science.abc1234',
    'https://doi.org/10.1126/science.abc1234',
  ])('drops the DOI line: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The study, published in Nature (doi:10.1038/nature12345), followed 400 bats for three years.',
    'Version 10.1146 of the software fixed the bug.',
    'The paper is at 10.1146/knowable-073019-1 and is free to read, the authors said.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
