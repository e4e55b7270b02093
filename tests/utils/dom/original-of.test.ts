import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { originalOf, wholeOriginalOf } from '../../../utils/dom/original-of';
import { pairNodes } from '../../../utils/dom/pair-nodes';

/** A page, its deep clone paired with it, and a wrapper re-created in the clone around the clone's `<main>` children. */
function setUp() {
  const doc = parseHTML(
    '<html><body><main><div class="dek"><p>Boats are back.</p></div><p>The ferry runs again from Monday.</p></main></body></html>',
  ).document as unknown as Document;
  const page = doc.querySelector('main');
  if (!page) throw new Error('no main');
  const clone = page.cloneNode(true) as Element;
  const pairs = pairNodes(page, clone);
  // As Readability does: a new `<div>` takes over the children (the dek's `<p>` first) and has no pair of its own.
  const dekParagraph = clone.querySelector('.dek > p');
  const story = clone.querySelector(':scope > p');
  if (!dekParagraph || !story) throw new Error('no paragraphs');
  const wrapper = doc.createElement('div');
  wrapper.append(dekParagraph, story);
  return { page, clone, pairs, wrapper, story };
}

describe('originalOf', () => {
  it('should give the page element a cloned element was copied from', () => {
    const { page, clone, pairs } = setUp();
    expect(originalOf(clone, pairs)).toBe(page);
  });

  it("should give a re-created wrapper its first child's page parent", () => {
    const { page, pairs, wrapper } = setUp();
    expect(originalOf(wrapper, pairs)).toBe(page.querySelector('.dek'));
  });
});

describe('wholeOriginalOf', () => {
  it('should give a paired element its page element', () => {
    const { page, clone, pairs } = setUp();
    expect(wholeOriginalOf(clone, pairs)).toBe(page);
  });

  it('should give nothing for a re-created wrapper holding more text than the parent it borrows', () => {
    const { pairs, wrapper } = setUp();
    expect(wholeOriginalOf(wrapper, pairs)).toBeUndefined();
  });
});
