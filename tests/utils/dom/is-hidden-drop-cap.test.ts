import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isHiddenDropCap } from '../../../utils/dom/is-hidden-drop-cap';

/** Whether the page's `#cap` is read as a drop cap hidden from screen readers. */
function hiddenDropCap(html: string): boolean {
  const { document } = parseHTML(`<html><body><article>${html}</article></body></html>`);
  const element = document.getElementById('cap');
  if (!element) throw new Error('no #cap');
  return isHiddenDropCap(element as unknown as Element);
}

describe('isHiddenDropCap', () => {
  it.each([
    [
      "a magazine's drop cap hidden from screen readers",
      '<p><span id="cap" class="dropcap" aria-hidden="true">E</span>very morning at six he walks to the river.</p>',
    ],
    [
      'one after an opening quote mark',
      '<p><span id="cap" aria-hidden="true">“W</span>e never locked it,” she said.</p>',
    ],
  ])('should find %s', (_case, html) => {
    expect(hiddenDropCap(html)).toBe(true);
  });

  it.each([
    [
      'a drop cap the page does not hide (left to the walk)',
      '<p><span id="cap" class="dropcap">E</span>very morning at six he walks to the river.</p>',
    ],
    [
      'a hidden letter followed by its screen-reader copy',
      '<p><span id="cap" aria-hidden="true">E</span><span class="sr-only">E</span>very morning at six.</p>',
    ],
    ['a hidden icon letter before a spaced label', '<p><span id="cap" aria-hidden="true">X</span> Close</p>'],
    ['a hidden grade before a capital', '<p><span id="cap" aria-hidden="true">A</span>Grade for the new plan</p>'],
    ['a hidden word, not a letter', '<p><span id="cap" aria-hidden="true">Every</span>morning at six.</p>'],
  ])('should not find %s', (_case, html) => {
    expect(hiddenDropCap(html)).toBe(false);
  });
});
