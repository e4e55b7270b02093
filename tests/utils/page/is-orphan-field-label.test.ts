import { describe, expect, it } from 'vitest';
import { isOrphanFieldLabel } from '../../../utils/page/is-orphan-field-label';
import { readHeader } from '../../../utils/page/read-header';
import { splitLines } from '../../../utils/page/split-lines';

describe('isOrphanFieldLabel', () => {
  it.each(['Department:', 'Topics:', 'Category :'])('should read %j as a lone field label', (text) => {
    expect(isOrphanFieldLabel(text)).toBe(true);
  });

  it.each([
    'Department: Water Department',
    'The plan sets aside money for three projects over the next five years:',
    'department:',
    // A heading over the story's first list.
    'Dive Brief:',
    'Residents who want to speak should:',
  ])('should not read %j as one', (text) => {
    expect(isOrphanFieldLabel(text)).toBe(false);
  });
});

describe('readHeader with a lone field label under the date', () => {
  const HEADLINE = 'Select Board adopts water rate plan';

  it('should read the label as header', () => {
    const lines = splitLines(`${HEADLINE}\nPosted on November 23, 2026\nDepartment:\nThe board voted 4-1 on Monday.`);
    expect(readHeader(lines, HEADLINE).consumed).toBe(3);
  });

  it('should keep a label-shaped line once the story has begun', () => {
    const lines = splitLines(`${HEADLINE}\nThe board voted 4-1 on Monday.\nDepartment:\nWater.`);
    expect(readHeader(lines, HEADLINE).consumed).toBe(1);
  });
});
