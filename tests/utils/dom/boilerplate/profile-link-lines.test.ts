import { describe, expect, it } from 'vitest';
import { PROFILE_LINK_LINES } from '../../../../utils/dom/boilerplate/profile-link-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => PROFILE_LINK_LINES.some((pattern) => pattern.test(line));

describe('PROFILE_LINK_LINES', () => {
  it.each([
    'Follow Ruth Okafor-Lindqvist on Twitter: www.twitter.com/ruthokaforl',
    'Follow Ann Lee on Twitter: https://twitter.com/annlee',
    'Follow me on Instagram: instagram.com/annlee',
    'Connect with Ann Lee on LinkedIn: https://www.linkedin.com/in/annlee',
    'Find Sipho van der Berg on Facebook: www.facebook.com/sipho.vdberg',
    'Follow Ann Lee on Twitter: @annlee',
    'Follow Bo Chen on X: x.com/bochen',
  ])('drops the pointer to the writer’s profile: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // No address after a colon: the story tells of someone's following, or names a handle in passing.
    'Follow Ann Lee on Twitter, where she posts a photo of the river every morning.',
    'Follow Ann Lee on Twitter and you will see the same photo every morning.',
    'Follow the river on foot: it is the shortest way to the dam.',
    // A sentence of the story that quotes a profile's address as part of what happened.
    'The council posted the notice on Facebook: facebook.com/pinehollow, and removed it an hour later.',
    'Fans found him on Instagram: the account had 40,000 followers by Friday.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
