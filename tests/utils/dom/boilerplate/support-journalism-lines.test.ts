import { describe, expect, it } from 'vitest';
import { SUPPORT_JOURNALISM_LINES } from '../../../../utils/dom/boilerplate/support-journalism-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => SUPPORT_JOURNALISM_LINES.some((pattern) => pattern.test(line));

describe('SUPPORT_JOURNALISM_LINES', () => {
  it.each([
    'Our subscribers make this coverage possible. Support local journalism by subscribing to the Green Bay Press-Gazette at greenbaypressgazette.com/subscribe.',
    'Please consider supporting local journalism with a digital subscription.',
    'Support local journalism by subscribing today.',
    'Subscribe today to support local journalism.',
    'Thanks for reading. Subscribe to the Riverton Courier to support local journalism.',
    'Support independent journalism by becoming a member.',
    'Our journalists work hard to provide local, up-to-date news to the community. This is how you can continue to access our trusted content:',
    'Thank you for relying on us to provide the journalism you can trust. Please consider supporting us with a subscription.',
    'Support us by subscribing.',
    'We rely on readers. Please consider supporting us by becoming a digital subscriber today.',
  ])('drops the ask: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '',
    // Stories about supporting journalism keep their sentences.
    'Readers can support local journalism by subscribing, the publisher said.',
    '"Support local journalism by subscribing," the billboard read, according to the lawsuit.',
    'The foundation will support local journalism by funding four reporters at the Courier.',
    'The grant is meant to support local journalism in rural counties.',
    'Residents who subscribe to support local journalism say the paper is worth it.',
    'The council voted 5-2. Support for local journalism by subscribing libraries to the paper was also discussed.',
    'Our journalists work hard to provide local news, the editor said, and the paper will keep its print edition.',
    'Our journalists work hard to provide local news. This is how the newsroom plans its week.',
    // A charity's own post asks for a gift, and a reported ask is the story's.
    'Please consider supporting us with a donation so the pantry can stay open through the winter.',
    '“Please consider supporting us with a subscription,” the publisher wrote, according to the letter.',
    'The mayor urged residents to keep supporting us by subscribing to the library’s programs. She said it helps.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
