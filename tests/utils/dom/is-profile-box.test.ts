import { describe, expect, it } from 'vitest';
import { isProfileBox } from '../../../utils/dom/is-profile-box';
import { elementOf } from './element-of';

const BIO =
  'Tomas Vere was born in Tallinn in 1968 and trained as a ship engineer. He has run the harbour authority since 2019.';

describe('isProfileBox', () => {
  it.each([
    `<section class="x1"><h3>About Tomas Vere</h3><div><p>${BIO}</p></div></section>`,
    `<div><h4>About Tomas Vere:</h4><p>${BIO}</p></div>`,
    `<aside><h3>About the interviewee</h3><p>${BIO}</p></aside>`,
    `<div><h3>About Tomas Vere</h3><p>Vere was born in Tallinn in 1968 and trained as a ship engineer. He runs the port.</p></div>`,
  ])('should read %s as a profile box', (html) => {
    expect(isProfileBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a heading over prose about someone else',
      `<div><h3>About Tomas Vere</h3><p>The harbour was built in 1904. It closed in 1990.</p></div>`,
    ],
    ['a story subheading not naming a person', `<div><h3>About the harbour</h3><p>${BIO}</p></div>`],
    ['a box without prose', '<div><h3>About Tomas Vere</h3><ul><li>Born 1968</li><li>Tallinn</li></ul></div>'],
    ['a story section far longer than a profile', `<div><h2>About Tomas Vere</h2><p>${`${BIO} `.repeat(10)}</p></div>`],
    ['a paragraph that merely starts with "About"', `<div><p>About Tomas Vere</p><p>${BIO}</p></div>`],
  ])('should not read %s as a profile box', (_what, html) => {
    expect(isProfileBox(elementOf(html))).toBe(false);
  });
});
