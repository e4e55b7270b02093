import { describe, expect, it } from 'vitest';
import { isOfficerSignOff } from '../../../utils/page/is-officer-sign-off';
import { readClosingLines } from '../../../utils/page/read-closing-lines';
import { splitLines } from '../../../utils/page/split-lines';

describe('isOfficerSignOff', () => {
  it.each([
    'Sue Penhaligon, Secretary',
    'Ann Lee, Chair of the Fernhill Committee',
    'Bo Roe, Newsletter Editor',
    '— Jim Harrower, Hon. Secretary',
    'Priya Oduya, Treasurer.',
    'Dana Whitcomb, Executive Director',
  ])('should find the sign-off: %s', (line) => {
    expect(isOfficerSignOff(line)).toBe(true);
  });

  it.each([
    'Ann Lee, the secretary, said the meters would be fitted in March.',
    'The secretary said the meters would be fitted in March.',
    'Votes for secretary, chair and treasurer were counted on Monday, secretary',
    'Thanks to everyone, Secretary',
    'in the end, president',
  ])('should not find: %s', (line) => {
    expect(isOfficerSignOff(line)).toBe(false);
  });

  it('should close a newsletter story on the sign-off', () => {
    const lines = splitLines('Members voted to fit water meters on every plot.\nSue Penhaligon, Secretary');
    expect(readClosingLines(lines).taken).toBe(1);
  });
});
