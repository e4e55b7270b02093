import { isUnseenTag } from './unseen-tags';

/**
 * The sibling before (or after) `element` that a reader sees, past a chart frame's `<noscript>` fallback image and
 * its loader script, which sit between the frame and its caption in Datawrapper's and Flourish's embed codes.
 */
export function seenSibling(element: Element, direction: 'before' | 'after'): Element | null {
  const step = (node: Element): Element | null =>
    direction === 'before' ? node.previousElementSibling : node.nextElementSibling;
  let sibling = step(element);
  while (sibling && isUnseenTag(sibling)) sibling = step(sibling);
  return sibling;
}
