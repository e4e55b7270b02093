import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { keepSubheadings } from '../../../utils/dom/keep-subheadings';

const PARAGRAPH = '<p>The council voted on Monday to rebuild the harbour wall.</p>';

/** The class of the page's `#h` heading after `keepSubheadings`. */
function classAfter(html: string): string | null {
  const doc = parseHTML(`<html><body><article>${html}</article></body></html>`).document as unknown as Document;
  keepSubheadings(doc);
  return doc.getElementById('h')?.getAttribute('class') ?? null;
}

describe('keepSubheadings', () => {
  it.each([
    [`${PARAGRAPH}<h2 id="h" class="subheader">What travelers should know</h2>${PARAGRAPH}`, ''],
    [`${PARAGRAPH}<h3 id="h" class="section-header big">Why it worked</h3>${PARAGRAPH}`, 'big'],
    [`<h2 id="h" class="date-header"><span>Monday, March 3, 2012</span></h2><div>${PARAGRAPH}</div>`, ''],
  ])('should take the "header" class off a sub-heading after a paragraph or a date heading: %s', (html, kept) => {
    expect(classAfter(html)).toBe(kept);
  });

  it.each([
    [`<h3 id="h" class="entry-header">A post title</h3>${PARAGRAPH}`, 'entry-header'],
    [`<h2 id="h" class="widget-header">Archive</h2><div>${PARAGRAPH}</div>`, 'widget-header'],
    [`${PARAGRAPH}<h1 id="h" class="page-header">Title</h1>`, 'page-header'],
    [`${PARAGRAPH}<h2 id="h" class="related-stories">Related</h2>`, 'related-stories'],
  ])('should leave a title or an unrelated class alone: %s', (html, kept) => {
    expect(classAfter(html)).toBe(kept);
  });
});
