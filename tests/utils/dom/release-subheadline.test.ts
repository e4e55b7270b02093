import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isReleaseSubheadline } from '../../../utils/dom/release-subheadline';

const SUB = 'Highly automated site will stock replacement parts for the installed base across the Midwest';
const ACCESS =
  '<p><b>FORT WAYNE, IN / ACCESS Newswire / November 24, 2026 /</b> Brightvale Robotics opened a depot.</p>';
const PRN = '<p>BOSTON, Nov. 17, 2026 /PRNewswire/ -- Halvorsen Therapeutics today announced results.</p>';
const NEWS = '<p>WASHINGTON, Nov. 3, 2026 — The Senate voted on Monday to extend the program.</p>';

/** The page's first `p`. */
function first(html: string): Element {
  const { document } = parseHTML(`<html><body><div class="release-body">${html}</div></body></html>`);
  return document.querySelector('p') as unknown as Element;
}

describe('isReleaseSubheadline', () => {
  it.each([
    ['in bold over an ACCESS Newswire dateline', `<p><b>${SUB}</b></p>${ACCESS}`],
    ['in a wrapper of its own', `<div class="mb-4"><p><b>${SUB}</b></p></div>${ACCESS}`],
    ['in italics over a PR Newswire dateline', `<p><i>${SUB}</i></p>${PRN}`],
  ])('should read a subheadline %s as the standfirst', (_, html) => {
    expect(isReleaseSubheadline(first(html))).toBe(true);
  });

  it.each([
    ['over a news dateline', `<p><b>${SUB}</b></p>${NEWS}`],
    ['over no paragraph', `<p><b>${SUB}</b></p>`],
    ['not emphasised', `<p>${SUB}</p>${ACCESS}`],
    ['only partly bold', `<p><b>Depot:</b> ${SUB}</p>${ACCESS}`],
    ['a short bold label', `<p><b>Key results</b></p>${ACCESS}`],
    ['a link in bold', `<p><b><a href="/x">${SUB}</a></b></p>${ACCESS}`],
    [
      'over a paragraph quoting a release deep in it',
      `<p><b>${SUB}</b></p><p>${'The company said on Monday that it '.repeat(5)}${PRN}</p>`,
    ],
  ])('should leave a bold paragraph %s', (_, html) => {
    expect(isReleaseSubheadline(first(html))).toBe(false);
  });
});
