/**
 * The node before `node` in document order (the last of the previous sibling's descendants, else the parent), or
 * undefined at the document's start: `nextNode` walked backwards. A walk with its own step budget stays cheap.
 */
export function previousNode(node: Node): Node | undefined {
  let at = node.previousSibling;
  if (!at) return node.parentNode ?? undefined;
  while (at.lastChild) at = at.lastChild;
  return at;
}
