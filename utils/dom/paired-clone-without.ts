import { pairNodes } from './pair-nodes';

/**
 * A clone of `doc` without the `skipped` nodes, every kept node paired with the page node it copies (as `pairNodes`
 * pairs a deep clone). The same clone as a deep clone with the skipped copies removed, but the skipped nodes are never
 * copied or walked: on a page with thousands of comments, copying and pairing them cost far more than Readability's
 * own reading (300–600 ms in one task in Chromium and Firefox on the 5,000-comment bench page). Only the nodes that
 * hold a skipped node are copied one level at a time; every other kept subtree is copied whole.
 */
export function pairedCloneWithout(
  doc: Document,
  skipped: ReadonlySet<Node>,
): { clone: Document; pairs: Map<Node, Node> } {
  const holders = new Set<Node>();
  for (const node of skipped) {
    for (let at = node.parentNode; at && !holders.has(at); at = at.parentNode) holders.add(at);
  }
  if (!holders.has(doc)) {
    const clone = doc.cloneNode(true) as Document;
    return { clone, pairs: pairNodes(doc, clone) };
  }
  // Shallow, then each child imported into it: the copies belong to the clone, an inert document, so a copied image
  // loads nothing, as in a deep clone.
  const clone = doc.cloneNode(false) as Document;
  const pairs = new Map<Node, Node>([[clone, doc]]);
  const stack: [Node, Node][] = [[doc, clone]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [from, to] = top;
    for (const child of from.childNodes) {
      if (skipped.has(child)) continue;
      const holds = holders.has(child);
      const copy = to.appendChild(clone.importNode(child, !holds));
      if (holds) {
        pairs.set(copy, child);
        stack.push([child, copy]);
      } else pairNodes(child, copy, pairs);
    }
  }
  return { clone, pairs };
}
