import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isHeadlineFlag } from '../../../utils/dom/is-headline-flag';

const firstSup = (html: string): Element => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return document.querySelector('sup') as unknown as Element;
};

describe('isHeadlineFlag', () => {
  it.each([
    // Joomla K2's item title with its featured flag, as the distributed template prints it.
    '<h2 class="itemTitle">\n Westfell hold on in the rain\n <span>\n <sup>\n Featured </sup>\n </span>\n</h2>',
    '<h1>Council opens the new pool <sup>New</sup></h1>',
    '<h3><a href="/x">Road closures this week</a> <sup>Updated</sup> </h3>',
  ])('should be a flag: %s', (html) => {
    expect(isHeadlineFlag(firstSup(html))).toBe(true);
  });

  it.each([
    // Superscripts that are the heading's own: glued to a word, a number, followed by more words, outside a heading.
    '<h1>The 21<sup>st</sup> century plan</h1>',
    '<h1>Rents rise to £30 per m<sup>2</sup></h1>',
    '<h1>Prices for the XIX<sup>e</sup></h1>',
    '<h1>Energy <sup>Special</sup> report for winter</h1>',
    '<h1>Homes built since 2019 <sup>12</sup></h1>',
    '<p>The team finished <sup>second</sup></p>',
  ])('should not be a flag: %s', (html) => {
    expect(isHeadlineFlag(firstSup(html))).toBe(false);
  });
});
