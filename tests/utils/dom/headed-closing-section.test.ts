import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { headedClosingSectionTest } from '../../../utils/dom/headed-closing-section';

/** A section headed "Notes" over short paragraphs, at most two of them. */
const isNotes = headedClosingSectionTest({
  isHeading: (element) => element.tagName === 'H3' && element.textContent === 'Notes',
  isEntry: (element) => element.tagName === 'P' && (element.textContent ?? '').length < 40,
  entryTags: new Set(['P']),
  maxEntries: 2,
});

/** Whether each element of the page's `<main>` marked `data-t` is in the section, in document order. */
function marked(html: string): boolean[] {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  return Array.from(document.querySelectorAll('[data-t]')).map((element) => isNotes(element as unknown as Element));
}

describe('headedClosingSectionTest', () => {
  it('should find the heading and each entry after it', () => {
    expect(marked('<p>Story.</p><h3 data-t>Notes</h3><p data-t>One.</p><p data-t>Two.</p>')).toEqual([
      true,
      true,
      true,
    ]);
  });

  it.each([
    ['a heading with nothing after it', '<p>Story.</p><h3 data-t>Notes</h3>'],
    ['a heading over more entries than the limit', '<h3 data-t>Notes</h3><p data-t>1.</p><p>2.</p><p>3.</p>'],
    ['a heading over a long block', `<h3 data-t>Notes</h3><p data-t>${'A long paragraph. '.repeat(5)}</p>`],
    ['a paragraph before the heading', '<p data-t>Story.</p><h3>Notes</h3><p>One.</p>'],
  ])('should leave %s', (_case, html) => {
    expect(marked(html).some(Boolean)).toBe(false);
  });
});
