// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearHighlights, HIGHLIGHT_NAME, highlightSpans, OUTLINE_ATTRIBUTE } from '../../../utils/dom/highlight-spans';
import type { Span } from '../../../utils/model';

let paragraph: HTMLElement;

/** A text map over one paragraph's text node: offsets equal positions in it; `[100, …)` maps nowhere. */
const map = {
  rangesFor(span: Span): Range[] {
    const node = paragraph.firstChild;
    if (!node || span.start >= 100) return [];
    const range = document.createRange();
    range.setStart(node, span.start);
    range.setEnd(node, span.end);
    return [range];
  },
};

/** A stand-in for the Custom Highlight API (happy-dom has none), installed on a fake window. */
function withHighlightApi() {
  const registry = new Map<string, { ranges: Range[] }>();
  class FakeHighlight {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  const view = { CSS: { highlights: registry }, Highlight: FakeHighlight };
  const doc = new Proxy(document, {
    get: (target, key) => (key === 'defaultView' ? view : Reflect.get(target, key, target)),
  });
  return { registry, doc: doc as Document };
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '<p>Ingrid Solberg met Tomasz Wielgosz.</p>';
  paragraph = document.querySelector('p')!;
  paragraph.scrollIntoView = vi.fn();
});

describe('highlightSpans', () => {
  it('should register every located range under the Sidelight highlight and count the spans shown', () => {
    const { registry, doc } = withHighlightApi();
    const shown = highlightSpans(
      [
        { start: 0, end: 14 },
        { start: 19, end: 34 },
        { start: 100, end: 110 },
      ],
      map,
      doc,
    );
    expect(shown).toBe(2);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map(String)).toEqual(['Ingrid Solberg', 'Tomasz Wielgosz']);
    expect(paragraph.scrollIntoView).toHaveBeenCalled();
    expect(paragraph.hasAttribute(OUTLINE_ATTRIBUTE)).toBe(false);
  });

  it('should clear the highlight for null', () => {
    const { registry, doc } = withHighlightApi();
    highlightSpans([{ start: 0, end: 6 }], map, doc);
    expect(highlightSpans(null, map, doc)).toBe(0);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('should outline the first span’s element when the Highlight API is missing', () => {
    expect(highlightSpans([{ start: 0, end: 6 }], map)).toBe(1);
    expect(paragraph.hasAttribute(OUTLINE_ATTRIBUTE)).toBe(true);
  });

  it('should show nothing when no span maps into the page', () => {
    expect(highlightSpans([{ start: 100, end: 120 }], map)).toBe(0);
    expect(document.querySelector('style')).toBeNull();
  });
});

describe('clearHighlights', () => {
  it('should remove the outline and the style it added', () => {
    const before = document.documentElement.outerHTML;
    highlightSpans([{ start: 0, end: 6 }], map);
    clearHighlights();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
