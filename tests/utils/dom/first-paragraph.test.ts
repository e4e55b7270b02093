import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementsBefore, firstParagraph } from '../../../utils/dom/first-paragraph';
import { pairNodes } from '../../../utils/dom/pair-nodes';

const STORY =
  'The ferry to the north quay runs again from Monday, the harbour office said on Friday after a long winter.';
const DEK = 'Boats are back on the north quay two years after the storm, and the fares have not gone up since then.';

/** The text of the first paragraph `firstParagraph` finds in the page's `<main>`, read on a paired clone. */
function first(html: string): string | undefined {
  const doc = parseHTML(`<html><body><main>${html}</main></body></html>`).document as unknown as Document;
  const page = doc.querySelector('main');
  if (!page) throw new Error('no main');
  const clone = page.cloneNode(true) as Element;
  const header = doc.querySelector('header') ?? undefined;
  return firstParagraph(clone, pairNodes(page, clone), header)?.textContent ?? undefined;
}

describe('firstParagraph', () => {
  it.each([
    ['a dek named by its class', `<p class="standfirst">${DEK}</p><p>${STORY}</p>`],
    ['a dek in a named wrapper', `<div class="article-dek"><p>${DEK}</p></div><p>${STORY}</p>`],
    ['a short label line', `<p>Updated Friday</p><p>${STORY}</p>`],
    [
      'a paragraph in the short header around the headline',
      `<header><h1>Ferry back</h1><p>${DEK}</p></header><p>${STORY}</p>`,
    ],
    [
      'a byline row set as a paragraph',
      `<p><span>By Ann Lee and Tom Reyes, AFP Manila</span> <span>Published on Wednesday 26 November 2026 at 09:05</span></p><p>${STORY}</p>`,
    ],
    [
      'a writer’s bio in a byline’s hover card',
      `<div class="byline"><a href="/ann-lee">Ann Lee</a><div role="tooltip"><p>Ann Lee covers ferries and ports for the Ledger and has written about the harbour for a decade.</p></div></div><p>${STORY}</p>`,
    ],
  ])('should pass over %s to the story', (_case, html) => {
    expect(first(html)).toBe(STORY);
  });

  it('should keep a story paragraph beside a tooltip as the first', () => {
    const glossed = `<p>${STORY} <span role="tooltip">A quay is a landing place.</span></p>`;
    expect(first(glossed)).toContain(STORY);
  });

  it('should keep a story paragraph that opens with a date as the first', () => {
    const dated = `On Wednesday 26 November 2026 at 09:05 the ferry to the north quay ran again after two years.`;
    expect(first(`<p>${dated}</p><p>${STORY}</p>`)).toBe(dated);
  });

  it('should give nothing for a page with no paragraph of story length', () => {
    expect(first('<p>Updated Friday</p><p class="dek">A short dek.</p>')).toBeUndefined();
  });
});

describe('firstParagraph with the headline', () => {
  const NOTICE =
    'You are reading the printer-friendly version of this story; photographs and videos appear only on our website.';

  /** The first paragraph found in `<main>` when the page's `<h1>` is given as the headline. */
  function firstUnder(html: string): string | undefined {
    const doc = parseHTML(`<html><body><main>${html}</main></body></html>`).document as unknown as Document;
    const page = doc.querySelector('main');
    if (!page) throw new Error('no main');
    const clone = page.cloneNode(true) as Element;
    const headline = doc.querySelector('h1') ?? undefined;
    return firstParagraph(clone, pairNodes(page, clone), undefined, headline)?.textContent ?? undefined;
  }

  it('should pass over a prose paragraph set above the headline to the story under it', () => {
    expect(firstUnder(`<p>${NOTICE}</p><h1>Ferry back</h1><p>By Ann Lee</p><p>${STORY}</p>`)).toBe(STORY);
  });

  it('should keep the paragraph above when no paragraph is under the headline (a headline that is not the story’s)', () => {
    expect(firstUnder(`<p>${STORY}</p><p>${NOTICE}</p><h1>More from the harbour</h1>`)).toBe(STORY);
  });

  it('should read the first paragraph under the headline when nothing is above it', () => {
    expect(firstUnder(`<h1>Ferry back</h1><p>${STORY}</p><p>${NOTICE}</p>`)).toBe(STORY);
  });
});

describe('elementsBefore', () => {
  it('should hold the elements wholly before the paragraph, not its ancestors or what follows', () => {
    const doc = parseHTML(
      `<html><body><main><h1>Ferry</h1><div><p>${STORY}</p></div><p>After.</p></main></body></html>`,
    ).document as unknown as Document;
    const main = doc.querySelector('main');
    const paragraph = doc.querySelector('div > p') ?? undefined;
    if (!main) throw new Error('no main');
    expect([...elementsBefore(main, paragraph)].map((element) => element.tagName)).toEqual(['H1']);
    expect(elementsBefore(main, undefined).size).toBe(0);
  });
});

describe('firstParagraph in a block named as a lead that holds the story', () => {
  it('should find the story in a whole post set in a block named "lead"', () => {
    const html = `<div class="post-content-lead"><p>${STORY}</p><p>${DEK}</p><h2>What comes next</h2><p>${STORY} Again.</p></div>`;
    expect(first(html)).toBe(STORY);
  });

  it('should still pass over a lead block of two paragraphs', () => {
    const html = `<div class="article-lead"><p>${DEK}</p><p>${DEK} Again.</p></div><p>${STORY}</p>`;
    expect(first(html)).toBe(STORY);
  });
});
