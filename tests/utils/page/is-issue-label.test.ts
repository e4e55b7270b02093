import { describe, expect, it } from 'vitest';
import { isIssueLabel } from '../../../utils/page/is-issue-label';

describe('isIssueLabel', () => {
  it.each([
    'No. 84',
    'Issue 112',
    'Issue No. 7',
    'Issue #12',
    'Vol. 3, No. 2',
    'Volume 12, Issue 4',
    'No. 84 · Winter 2019',
    'Issue 31 — March 2020',
  ])('should read %j as an issue number', (text) => {
    expect(isIssueLabel(text)).toBe(true);
  });

  it.each([
    '84',
    'No. 1 seed',
    'No. 10 Downing Street',
    'Issue',
    'Issues 4 and 5 sold out',
    'Number 84 was the last house on the road.',
    'No.',
  ])('should not read %j as an issue number', (text) => {
    expect(isIssueLabel(text)).toBe(false);
  });
});
