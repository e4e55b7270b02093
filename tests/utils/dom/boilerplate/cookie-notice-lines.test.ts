import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';
import { COOKIE_NOTICE_LINES } from '../../../../utils/dom/boilerplate/cookie-notice-lines';

const matches = (line: string) => COOKIE_NOTICE_LINES.some((pattern) => pattern.test(line));

describe('COOKIE_NOTICE_LINES', () => {
  it.each([
    'We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies. More info',
    'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. Ok Privacy policy',
    'We use cookies to give you the best possible experience on our site. By continuing to use the site you agree to our use of cookies. Find out more',
    'This website uses cookies. By continuing to browse you are agreeing to our use of cookies. Find out more here Close',
    'Our site uses cookies to improve your experience. Learn more',
    'By using our site you agree to our use of cookies to deliver a better site experience. Learn more Close',
    'By continuing to use this website, you consent to the use of cookies in accordance with our Cookie Policy.',
  ])('should match %j', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'We use cookies to track you, the company’s privacy chief admitted to the committee.',
    'This website uses cookies by default, the regulator found, even when visitors refuse them.',
    'The site uses cookies to follow visitors across other pages, and by continuing to browse readers were deemed to consent, the court heard.',
    '"We use cookies, like everyone else," said the founder, who would not say how many.',
    'By using our site, you agree, the judge said, was not a contract anyone had read.',
  ])('should not match %j', (line) => {
    expect(matches(line)).toBe(false);
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
