import { describe, expect, it } from 'vitest';
import { isSourceLinkLine } from '../../../utils/page/is-source-link-line';

describe('isSourceLinkLine', () => {
  it.each([
    ['Keyhold 6 release notes | Keyhold'],
    ['Why Scooters Won | The Atlantic'],
    ['Why Scooters Won | The Atlantic via Longreads'],
    ['Harbour wall plans (PDF) | Marlow Council'],
  ])('should read %j as a source line', (text) => {
    expect(isSourceLinkLine(text)).toBe(true);
  });

  it.each([
    ['a sentence with a bar', 'The vote was close | the mayor said nothing.'],
    ['a title ending a sentence', 'The council voted. | Marlow Council'],
    ['a lower-case site', 'Keyhold 6 release notes | keyhold'],
    ['a long tail', 'Keyhold 6 release notes | Keyhold Is The Best Password Manager Of All'],
    ['no bar', 'Keyhold 6 release notes, Keyhold'],
  ])('should not read %s as one', (_case, text) => {
    expect(isSourceLinkLine(text)).toBe(false);
  });
});
