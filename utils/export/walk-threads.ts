import type { Comment, ThreadNode } from '../model';

/** One comment in reading order, with the comment it replies to in the thread tree and its depth there. */
export interface ThreadEntry {
  comment: Comment;
  parent?: Comment;
  /** 0 for a top-level comment. */
  depth: number;
}

/**
 * Lists the comments in thread reading order (depth first, children in page order). Every comment appears exactly
 * once, whatever the threads say: ids the threads repeat or do not know are skipped with their subtrees, and comments
 * the threads miss are appended as top-level comments in page order. Iterative, so any depth is safe.
 */
export function walkThreads(comments: readonly Comment[], threads: readonly ThreadNode[]): ThreadEntry[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const placed = new Set<string>();
  const entries: ThreadEntry[] = [];
  const stack: { node: ThreadNode; parent?: Comment; depth: number }[] = [];
  const pushChildren = (nodes: readonly ThreadNode[], parent: Comment | undefined, depth: number) => {
    // Reversed, so the first child is popped first.
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node) stack.push({ node, parent, depth });
    }
  };
  pushChildren(threads, undefined, 0);
  for (let item = stack.pop(); item; item = stack.pop()) {
    const comment = byId.get(item.node.id);
    if (!comment || placed.has(comment.id)) continue;
    placed.add(comment.id);
    entries.push({ comment, ...(item.parent ? { parent: item.parent } : {}), depth: item.depth });
    pushChildren(item.node.children, comment, item.depth + 1);
  }
  for (const comment of comments) {
    if (!placed.has(comment.id)) entries.push({ comment, depth: 0 });
  }
  return entries;
}
