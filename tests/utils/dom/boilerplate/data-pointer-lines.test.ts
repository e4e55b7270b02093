import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';
import { DATA_POINTER_LINES } from '../../../../utils/dom/boilerplate/data-pointer-lines';

const matches = (line: string) => DATA_POINTER_LINES.some((pattern) => pattern.test(line));

describe('DATA_POINTER_LINES', () => {
  it.each([
    'Data Disclosure: The data underlying this analysis can be downloaded here.',
    'The data and code used in this analysis are available on GitHub.',
    'Replication files for this post are available here.',
    'Data note: The data behind this chart are available for download.',
  ])('should match %j', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The data behind this analysis are available only to the ministry, which refused to release them.',
    'The data underlying this analysis show that prices rose faster in rural counties.',
    'Data for this report came from 1,200 stores.',
    'The code for this analysis was written by two graduate students over the summer.',
  ])('should not match %j', (line) => {
    expect(matches(line)).toBe(false);
  });
});
