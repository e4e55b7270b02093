import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';
import { REUSE_PERMISSION_LINES } from '../../../../utils/dom/boilerplate/reuse-permission-lines';

const matches = (line: string) => REUSE_PERMISSION_LINES.some((pattern) => pattern.test(line));

describe('REUSE_PERMISSION_LINES', () => {
  it.each([
    'Republishing and referencing',
    'Reprints and permissions',
    'Reuse & Permissions:',
    'Harbour Forum considers itself a public good and takes no institutional standpoint. Anyone is free to republish and/or quote this post without prior consent. Please provide a full reference, clearly stating the source.',
    'You are free to reproduce this commentary without further permission, provided the author is credited.',
  ])('should match %j', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Republishing and referencing old maps was how the society paid its bills.',
    'Reprints of the 1911 plan sold out within a week.',
    'Anyone is free to quote the minister, her office said.',
    'Readers are free to reuse the library’s scans, the archivist said, but must ask first.',
  ])('should not match %j', (line) => {
    expect(matches(line)).toBe(false);
  });
});
