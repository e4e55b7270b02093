/** `Node.TEXT_NODE`, which the pure core cannot read from a global. */
const TEXT_NODE = 3;

/** True when `element` holds text of its own (a non-blank text node as a direct child), not only in child elements. */
export function hasOwnText(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE && (node.textContent ?? '').trim().length > 0) return true;
  }
  return false;
}

/** An element's own text: its text children joined, not its elements' ("Title" of `<div>Title<span>…</span></div>`). */
export function ownText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) text += node.textContent ?? '';
  }
  return text;
}
