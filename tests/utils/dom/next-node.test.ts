import { describe, expect, it } from 'vitest';
import { nextNode } from '../../../utils/dom/next-node';
import { elementOf } from './element-of';

describe('nextNode', () => {
  const root = elementOf('<div><p id="a">One <b>two</b></p><p id="b">Three</p></div>');
  const first = root.querySelector('#a');
  const second = root.querySelector('#b');

  it('should step into the children by default', () => {
    expect(first && nextNode(first)).toBe(first?.firstChild);
  });

  it('should step over the subtree when told not to enter it', () => {
    expect(first && nextNode(first, false)).toBe(second);
  });

  it('should climb to the next sibling of an ancestor past the last child', () => {
    const bold = root.querySelector('b');
    expect(bold?.firstChild && nextNode(bold.firstChild)).toBe(second);
  });

  it('should give nothing past the end of the document', () => {
    const html = root.ownerDocument.documentElement;
    expect(nextNode(html, false)).toBeUndefined();
  });
});
