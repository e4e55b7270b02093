import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSiteNameLabel } from '../../../utils/dom/is-site-name-label';
import { readPage } from '../../../utils/dom/read-page';

const BEFORE = '<p>The steel bridge opened in 1911 and is the only crossing of the river for twenty miles around.</p>';
const AFTER = '<p>Old bridges are everywhere in this country, and so is the bill for fixing them, the county says.</p>';

/** `isSiteNameLabel` on the page's `[data-label]` block, whose line is "theSkimm". */
function labelIn(html: string): boolean {
  const { document } = parseHTML(`<html><body><div>${html}</div></body></html>`);
  const block = document.querySelector('[data-label]') as unknown as Element;
  return isSiteNameLabel(block, 'theSkimm');
}

describe('isSiteNameLabel', () => {
  it.each([
    ['a bold paragraph between two paragraphs', `${BEFORE}<p data-label><strong>theSkimm</strong></p>${AFTER}`],
    ['a subheading between two paragraphs', `${BEFORE}<h3 data-label>theSkimm</h3>${AFTER}`],
  ])('should read %s as the story’s label', (_case, html) => {
    expect(labelIn(html)).toBe(true);
  });

  it.each([
    ['a closing credit (nothing after it)', `${BEFORE}${AFTER}<p data-label><strong>theSkimm</strong></p>`],
    ['a logo’s text over the story', `<p data-label><strong>theSkimm</strong></p>${BEFORE}${AFTER}`],
    ['a plain paragraph (not set as a label)', `${BEFORE}<p data-label>theSkimm</p>${AFTER}`],
    ['a bold line beside short lines', `<p>Share</p><p data-label><b>theSkimm</b></p><p>Follow us</p>`],
  ])('should not read %s as a label', (_case, html) => {
    expect(labelIn(html)).toBe(false);
  });
});

describe('isSiteNameLabel in the article reader', () => {
  const page = (story: string): string =>
    '<html><head><meta property="og:site_name" content="theSkimm"><title>Daily Skimm</title></head><body>' +
    `<main><h1>Daily Skimm: A Bridge Vote</h1><section>${story}</section></main></body></html>`;

  it('should keep the site’s name set as a lead-in between paragraphs', () => {
    const html = page(`${BEFORE}<p><strong>theSkimm</strong></p>${AFTER}${BEFORE.replace('steel', 'old')}`);
    const { text } = readPage(parseHTML(html).document as unknown as Document);
    expect(text.split('\n')).toContain('theSkimm');
  });

  it('should still drop the site’s name closing the story', () => {
    const html = page(`${BEFORE}${AFTER}<p><strong>theSkimm</strong></p>`);
    const { text } = readPage(parseHTML(html).document as unknown as Document);
    expect(text.split('\n')).not.toContain('theSkimm');
  });
});
