// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/dom/read-page';
import { TextMap } from '../../../utils/dom/text-map';
import { fixtureHtml } from './load-fixture';

/**
 * Loads a fixture into the environment's own document (happy-dom: a browser-like DOM with real Ranges). happy-dom's
 * Ranges only work in its global document, not in one from DOMParser, so the parsed root is imported into it.
 */
function browserDoc(name: string): Document {
  const parsed = new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
  const root = document.importNode(parsed.documentElement, true);
  document.documentElement.remove();
  document.appendChild(root);
  return document;
}

/** Whitespace is collapsed in the built text, so the round trip compares the non-space characters. */
const squash = (text: string): string => text.replace(/\s+/g, '');

describe('TextMap', () => {
  const doc = browserDoc('dom-wordpress');
  const reading = readPage(doc);
  const hints = reading.options.comments ?? [];
  const article = reading.text.slice(0, reading.options.commentsStart);
  const firstLine = { start: 0, end: article.indexOf('\n') };

  it('should map comment author and paragraph spans back to the same text in the page', () => {
    expect(hints.length).toBeGreaterThan(0);
    for (const hint of hints) {
      for (const span of [hint.author, ...hint.paragraphs]) {
        const ranges = reading.map.rangesFor(span);
        expect(ranges.length).toBeGreaterThan(0);
        expect(squash(ranges.map((range) => range.toString()).join(''))).toBe(
          squash(reading.text.slice(span.start, span.end)),
        );
      }
    }
  });

  it('should map article text to the live document, not the clone Readability edited', () => {
    const ranges = reading.map.rangesFor(firstLine);
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) expect(doc.contains(range.startContainer)).toBe(true);
    expect(squash(ranges.map((range) => range.toString()).join(''))).toBe(
      squash(article.slice(firstLine.start, firstLine.end)),
    );
  });

  it('should find the element of a whole comment', () => {
    const hint = hints[0];
    const last = hint?.paragraphs.at(-1);
    if (!hint || !last) throw new Error('fixture has no comments');
    const element = reading.map.elementFor({ start: hint.author.start, end: last.end });
    expect(element?.closest('li')?.id).toBe('comment-11');
  });

  it('should find the author element of a comment', () => {
    const hint = hints[1];
    if (!hint) throw new Error('fixture has no second comment');
    expect(reading.map.elementFor(hint.author)?.matches('cite.fn')).toBe(true);
  });

  it.each([
    ['an empty span', { start: 5, end: 5 }],
    ['a span past the end', { start: 1e9, end: 1e9 + 4 }],
  ])('should map %s to nothing', (_label, span) => {
    expect(reading.map.rangesFor(span)).toEqual([]);
    expect(reading.map.elementFor(span)).toBeUndefined();
  });

  it('should forget pieces past a truncation point', () => {
    const map = new TextMap();
    const node = doc.createTextNode('hello world');
    map.add(0, 5, node, 0);
    map.add(6, 5, node, 6);
    map.truncate(8);
    expect(map.rangesFor({ start: 0, end: 20 }).map((range) => range.toString())).toEqual(['hello', 'wo']);
  });

  it('should merge adjacent pieces of the same node', () => {
    const map = new TextMap();
    const node = doc.createTextNode('abcdef');
    map.add(0, 3, node, 0);
    map.add(3, 3, node, 3);
    expect(map.size).toBe(1);
  });
});
