import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isUnlikelyNamed } from '../../../utils/dom/readability-names';

/** The first element of a body holding `html`. */
function first(html: string): Element {
  const element = parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element as unknown as Element;
}

describe('isUnlikelyNamed', () => {
  it('should take a block Readability drops for its class or id', () => {
    expect(isUnlikelyNamed(first('<div class="replies-entry">x</div>'))).toBe(true);
    expect(isUnlikelyNamed(first('<div id="sidebar">x</div>'))).toBe(true);
  });

  it('should keep a block whose article-like name saves it, and one with no such name', () => {
    expect(isUnlikelyNamed(first('<div class="sidebar-content">x</div>'))).toBe(false);
    expect(isUnlikelyNamed(first('<div class="story-body">x</div>'))).toBe(false);
    expect(isUnlikelyNamed(first('<div>x</div>'))).toBe(false);
  });
});
