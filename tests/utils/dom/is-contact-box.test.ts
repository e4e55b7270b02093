import { describe, expect, it } from 'vitest';
import { isContactBox } from '../../../utils/dom/is-contact-box';
import { elementOf } from './element-of';

describe('isContactBox', () => {
  it.each([
    [
      'a bulletin’s contact tile',
      '<div><h3>Contact details for this Statistical bulletin</h3><p><a href="mailto:x@ons.gov.uk">Ruth Hale</a><br>' +
        'x@ons.gov.uk<br>Telephone: +44 1633 455555</p></div>',
    ],
    ['a media contact box', '<aside><p><strong>Media contact:</strong></p><p>Ann Lee, press@example.org</p></aside>'],
  ])('should find %s', (_case, html) => {
    expect(isContactBox(elementOf(html))).toBe(true);
  });

  it.each([
    ['a contact box with no address', '<div><h3>Contact</h3><p>Use the form below to reach the newsroom.</p></div>'],
    [
      'a story section about contact tracing',
      '<section><h2>Contact tracing in schools</h2><p>Call 111 or e-mail tracing@nhs.example.</p></section>',
    ],
    [
      'a long section under the label',
      `<section><h3>Contact details</h3>${'<p>The council met on Monday and voted on the budget, tel: 555.</p>'.repeat(10)}</section>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isContactBox(elementOf(html))).toBe(false);
  });
});
