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
    'This work, Sustainment brigade opens new field kitchen lane, by SGT Ann Lee, identified by DVIDS, must comply with the restrictions shown on https://www.dvidshub.net/about/copyright.',
    'This image, Cooks prepare first meal, by Spc. Bo Chen, must comply with the terms shown on https://example.mil/copyright.',
  ])('should match %j', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Republishing and referencing old maps was how the society paid its bills.',
    'Reprints of the 1911 plan sold out within a week.',
    'Anyone is free to quote the minister, her office said.',
    'Readers are free to reuse the library’s scans, the archivist said, but must ask first.',
    'This work must comply with the restrictions in the permit, the county said.',
    'The work, the contractor said, must comply with the restrictions set by the base.',
  ])('should not match %j', (line) => {
    expect(matches(line)).toBe(false);
  });
});
