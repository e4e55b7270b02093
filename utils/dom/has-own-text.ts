/** `Node.TEXT_NODE`, which the pure core cannot read from a global. */
const TEXT_NODE = 3;

/** True when `element` holds text of its own (a non-blank text node as a direct child), not only in child elements. */
export function hasOwnText(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE && (node.textContent ?? '').trim().length > 0) return true;
  }
  return false;
}
