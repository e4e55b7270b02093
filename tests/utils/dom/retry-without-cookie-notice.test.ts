import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cloneRegion } from '../../../utils/dom/read-clone';
import { isCookieNotice, retryWithoutCookieNotice } from '../../../utils/dom/retry-without-cookie-notice';

const STORY = [
  'A barn on the hill road was destroyed by fire early on Sunday, but no people or animals were hurt, the chief said.',
  'Firefighters from three towns worked for nearly five hours, and a tanker shuttle from the mill pond supplied water.',
  'The owners had moved their heifers to a summer pasture two weeks earlier. The cause is under investigation.',
]
  .map((line) => `<p>${line}</p>`)
  .join('');
const NOTICE = [
  'This website uses cookies and similar technologies to make the site work and to count visitors to each page.',
  'Cookies that are strictly necessary, such as the one that keeps you logged in, cannot be switched off at all.',
  'Advertising cookies may be used by our partners to show you ads that are more relevant to you on other sites.',
  'You can block or delete cookies at any time in your browser settings, but parts of the site may not work then.',
  'For more information, please read our full privacy policy.',
]
  .map((line) => `<p>${line}</p>`)
  .join('');
const docOf = (body: string): Document =>
  parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;
const blockOf = (html: string): Element => docOf(`<div id="b">${html}</div>`).getElementById('b') as Element;

describe('isCookieNotice', () => {
  it.each([
    ['a notice in the site’s own words', `<h4>Your privacy</h4>${NOTICE}<a href="#">I understand</a>`],
    ['a notice as a list', '<ul><li>We use cookies to count visitors.</li><li>Cookies may be blocked.</li></ul>'],
  ])('should take %s', (_, html) => {
    expect(isCookieNotice(blockOf(html))).toBe(true);
  });

  it.each([
    ['a story', STORY],
    [
      'a story on a site’s cookies',
      `${STORY}<p>The retailer’s site uses cookies to follow shoppers, the regulator found.</p>`,
    ],
    [
      'a baking story',
      '<p>Bake the cookies for twelve minutes.</p><p>Let the cookies cool on a rack before icing.</p>',
    ],
    ['a story with the notice in it', `${STORY}${STORY}${STORY}<p>This website uses cookies to count visitors.</p>`],
  ])('should leave %s', (_, html) => {
    expect(isCookieNotice(blockOf(html))).toBe(false);
  });
});

describe('retryWithoutCookieNotice', () => {
  const textOf = (reading: ReturnType<typeof cloneRegion>): string => reading.content?.textContent ?? '';

  it('should read the page again without a cookie notice Readability took for the article', () => {
    const doc = docOf(`<div id="story">${STORY}</div><div id="notice">${NOTICE}</div>`);
    const notice = cloneRegion(doc, doc.getElementById('notice') as Element, [], undefined);
    const reading = retryWithoutCookieNotice(doc, notice, [], undefined, 1);
    expect(textOf(reading)).toContain('Firefighters from three towns');
    expect(textOf(reading)).not.toContain('strictly necessary');
  });

  it('should keep the notice when the page holds nothing else', () => {
    const doc = docOf(`<div id="notice">${NOTICE}</div>`);
    const notice = cloneRegion(doc, doc.getElementById('notice') as Element, [], undefined);
    expect(retryWithoutCookieNotice(doc, notice, [], undefined, 1)).toBe(notice);
  });

  it('should keep a story as it is', () => {
    const doc = docOf(`<div id="story">${STORY}</div><div id="notice">${NOTICE}</div>`);
    const story = cloneRegion(doc, doc.getElementById('story') as Element, [], undefined);
    expect(retryWithoutCookieNotice(doc, story, [], undefined, 1)).toBe(story);
  });
});
