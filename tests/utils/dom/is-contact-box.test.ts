import { describe, expect, it } from 'vitest';
import { isContactBox } from '../../../utils/dom/is-contact-box';
import { elementOf } from './element-of';

describe('isContactBox', () => {
  it.each([
    [
      "a USWDS summary box's body headed 'Media Contact'",
      '<div class="usa-summary-box__body"><h2 class="usa-summary-box__heading">Media Contact</h2>' +
        '<div><p>Dana Whitcomb, Office of Public Affairs<br><a href="mailto:press@example.gov">press@example.gov</a>' +
        '<br>202-555-0143</p></div></div>',
    ],
    [
      "a sidebar card headed 'Press contacts:' with a phone",
      '<aside><h3>Press contacts:</h3><p>Public Information Office</p><p>(555) 301-4420</p></aside>',
    ],
    [
      "a hashed box headed 'Contact information'",
      '<section class="css-9x1"><p><strong>Contact information</strong></p><p>Ann Lee, ann.lee@example.org</p></section>',
    ],
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
    [
      'a contact label over no phone or e-mail',
      '<div><h2>Media contact</h2><p>Reporters should call the press office during business hours.</p></div>',
    ],
    [
      "a story's section that opens on a contact heading and goes on at length",
      '<div><h2>Contacts</h2><p>' +
        'The hotline took 4,000 calls a day at 555-0142, the agency said, far more than its staff could answer. '.repeat(
          5,
        ) +
        '</p></div>',
    ],
    ['the label alone', '<div><h2>Media Contact</h2></div>'],
    ['a paragraph, not a box', '<p>Media contact: Ann Lee, 555-0142</p>'],
    ['a box headed otherwise', '<div><h2>Contact us</h2><p>Call 202-555-0143 or write to info@example.gov.</p></div>'],
    ['a contact box with no address', '<div><h3>Contact</h3><p>Use the form below to reach the newsroom.</p></div>'],
    [
      'a story section about contact tracing',
      '<section><h2>Contact tracing in schools</h2><p>Call 111 or e-mail tracing@nhs.example.</p></section>',
    ],
    [
      'a long section under the label',
      `<section><h3>Contact details</h3>${'<p>The council met on Monday and voted on the budget, tel: 555.</p>'.repeat(10)}</section>`,
    ],
  ])('should not find %s', (_case, html) => {
    expect(isContactBox(elementOf(html))).toBe(false);
  });
});
