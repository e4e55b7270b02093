import type { ThreadNode } from '../../utils/model';

/** Facts about the reply forest the panel looks up per comment, computed once per document. */
export interface ThreadIndex {
  /** Parent id of every reply (roots are absent). */
  parent: Map<string, string>;
  /** Number of replies below each comment, all levels. */
  descendants: Map<string, number>;
}

/**
 * Indexes parents and descendant counts in one iterative walk: reply chains can be thousands deep on big pages,
 * so no recursion.
 */
export function indexThreads(threads: readonly ThreadNode[]): ThreadIndex {
  const parent = new Map<string, string>();
  const descendants = new Map<string, number>();
  // Post-order via an explicit stack: a node is counted after all its children were.
  const stack: { node: ThreadNode; visited: boolean }[] = threads.map((node) => ({ node, visited: false })).reverse();
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node } = entry;
    if (entry.visited) {
      let count = 0;
      for (const child of node.children) count += 1 + (descendants.get(child.id) ?? 0);
      descendants.set(node.id, count);
      continue;
    }
    stack.push({ node, visited: true });
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!;
      parent.set(child.id, node.id);
      stack.push({ node: child, visited: false });
    }
  }
  return { parent, descendants };
}
