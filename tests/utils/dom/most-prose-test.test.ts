import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mostProseTest } from '../../../utils/dom/most-prose-test';

const PARAGRAPH =
  '<p>The harbour board voted on Tuesday to close the old ferry pier for repairs that will take most of the summer.</p>';

const page = (story: number, beside: number): Document =>
  parseHTML(
    `<html><body><div id="story">${PARAGRAPH.repeat(story)}</div><div id="beside">${PARAGRAPH.repeat(beside)}</div></body></html>`,
  ).document as unknown as Document;

const holds = (doc: Document, id: string): boolean => mostProseTest(doc)(doc.getElementById(id) as Element);

describe('mostProseTest', () => {
  it('should take a block holding a story and most of the page’s prose', () => {
    expect(holds(page(5, 2), 'story')).toBe(true);
  });

  it('should take a block holding half of the page’s prose', () => {
    expect(holds(page(4, 4), 'story')).toBe(true);
  });

  it('should not take a block holding less than half of the page’s prose', () => {
    expect(holds(page(5, 6), 'story')).toBe(false);
  });

  it('should not take a block holding less than a story’s prose, even all of the page’s', () => {
    expect(holds(page(3, 0), 'story')).toBe(false);
  });
});
