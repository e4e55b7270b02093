import { describe, expect, it } from 'vitest';
import { isOfficeCredit } from '../../../utils/page/is-office-credit';
import { readHeader } from '../../../utils/page/read-header';
import { splitLines } from '../../../utils/page/split-lines';

describe('isOfficeCredit', () => {
  it.each([
    'Prepared by the Office of the Superintendent',
    'Compiled by the Parish Office',
    'Issued by the Town Clerk',
  ])('should read %j as a credit line', (text) => {
    expect(isOfficeCredit(text)).toBe(true);
  });

  it.each([
    'Prepared by volunteers, the dinner fed 300 people.',
    'Prepared by the cafeteria staff for every student in the district who signed up in time this year',
    'The report was prepared by the Office of the Superintendent',
    'Issued by the court on Monday.',
  ])('should not read %j as one', (text) => {
    expect(isOfficeCredit(text)).toBe(false);
  });
});

describe('readHeader with an office credit under the headline', () => {
  it('should read the credit as header', () => {
    const lines = splitLines(
      'Board Highlights\nPrepared by the Office of the Superintendent\nThe board met on Tuesday.',
    );
    expect(readHeader(lines, 'Board Highlights').consumed).toBe(2);
  });
});
