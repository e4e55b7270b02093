/**
 * The node after `node` in document order, or undefined past the document's end; into `node`'s children only when
 * `enter` (false steps over its subtree). A walk with its own step budget stays cheap on any page.
 */
export function nextNode(node: Node, enter = true): Node | undefined {
  if (enter && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return undefined;
}
