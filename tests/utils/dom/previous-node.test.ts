import { describe, expect, it } from 'vitest';
import { previousNode } from '../../../utils/dom/previous-node';
import { elementOf } from './element-of';

describe('previousNode', () => {
  const root = elementOf('<div><p id="a">One <b>two</b></p><p id="b">Three</p></div>');
  const first = root.querySelector('#a');
  const second = root.querySelector('#b');

  it.each([
    ["the previous sibling's last descendant", () => second, () => root.querySelector('b')?.firstChild],
    ['the parent before a first child', () => first?.firstChild, () => first],
  ])('should step to %s', (_case, from, expected) => {
    const node = from();
    expect(node && previousNode(node)).toBe(expected());
  });

  it('should give nothing before the document', () => {
    expect(previousNode(root.ownerDocument)).toBeUndefined();
  });
});
