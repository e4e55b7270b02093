import { describe, expect, it } from 'vitest';
import { CONTRIBUTOR_NOTICE_LINES } from '../../../../utils/dom/boilerplate/contributor-notice-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => CONTRIBUTOR_NOTICE_LINES.some((pattern) => pattern.test(line));

describe('CONTRIBUTOR_NOTICE_LINES', () => {
  it.each([
    'This post was published on the now-closed HuffPost Contributor platform. Contributors control their own work and posted freely to our site. If you need to flag this entry as abusive, send us an email.',
    'This post was published on the now-closed HuffPost Contributor platform.',
    'This article was published on the Pine Hollow contributor network.',
    'Contributors control their own work and posted freely to our site.',
    'If you need to flag this entry as abusive, send us an email.',
  ])('drops the platform’s notice: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // The story's own account of a platform, its contributors or its moderation.
    'This post was published on the day the platform closed, and it was read by thousands.',
    'The platform was closed in 2018 after contributors complained that they were never paid for their work.',
    'Contributors control their own work, the company said, but moderators remove abusive posts within hours.',
    'If you need to flag a problem with your ballot, call the county clerk.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
