import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearInlineNames } from '../../../utils/dom/clear-inline-names';

const SENTENCE = 'Northwind Grid today opened a battery plant that will supply homes in the county';

/** The `#piece` element's class after `clearInlineNames` on a page holding `html`. */
function classAfter(html: string): string | null {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  clearInlineNames(document as unknown as Document);
  return document.querySelector('#piece, [data-piece]')?.getAttribute('class') ?? null;
}

describe('clearInlineNames', () => {
  it.each([
    [
      'a dateline place span',
      `<p><span data-piece class="legendSpanClass">BOSTON</span>, /PRNewswire/ -- ${SENTENCE}.</p>`,
    ],
    ['a bold name mid-sentence', `<p>${SENTENCE} and <b data-piece class="social-name">Ann Lee</b> said so today.</p>`],
  ])('should clear an unlikely name off %s', (_, html) => {
    expect(classAfter(html)).toBe('');
  });

  it.each([
    ['a credit at the paragraph end', `<p>${SENTENCE}. <span data-piece class="sponsor-credit">Sponsored</span></p>`],
    ['a name Readability keeps', `<p><span data-piece class="content-place">BOSTON</span>, ${SENTENCE}.</p>`],
    ['a span in a short label', '<p><span data-piece class="social">Share</span> this story now</p>'],
    ['a long span', `<p><span data-piece class="sidebar">${SENTENCE}</span> and more words after it.</p>`],
    ['a block outside a paragraph', `<div><span data-piece class="sidebar">Most read</span> ${SENTENCE}.</div>`],
  ])('should keep the name of %s', (_, html) => {
    expect(classAfter(html)).not.toBe('');
  });
});
