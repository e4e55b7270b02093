/**
 * Pairs every node of a fresh deep clone with the node it was cloned from, by walking both trees in step (a deep
 * clone has the same shape). Must run before anything edits the clone; later moves inside the clone keep the pairs.
 * The pairs go into `pairs` when given (a clone put together from several copies).
 */
export function pairNodes(original: Node, clone: Node, pairs = new Map<Node, Node>()): Map<Node, Node> {
  const stack: [Node, Node][] = [[original, clone]];
  // An explicit stack: real pages nest deeply enough to make recursion a risk.
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [from, to] = top;
    pairs.set(to, from);
    // By index, not nextSibling: linkedom's doctype node has no working nextSibling.
    const fromChildren = from.childNodes;
    const toChildren = to.childNodes;
    const count = Math.min(fromChildren.length, toChildren.length);
    for (let i = 0; i < count; i++) {
      const a = fromChildren[i];
      const b = toChildren[i];
      if (a && b) stack.push([a, b]);
    }
  }
  return pairs;
}
