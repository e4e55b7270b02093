import type { Comment, ThreadNode } from '../model';

/**
 * Builds the reply forest from each comment's `replyTo`, roots and children in page order, `depth` from 0. A parent
 * must come earlier in page order: a link to an unknown id, to itself or to a later comment makes the comment a root,
 * which also rules out cycles. Duplicate ids resolve to their first comment. Iterative and linear.
 */
export function buildThreads(comments: readonly Comment[]): ThreadNode[] {
  const nodes = new Map<string, { node: ThreadNode; index: number }>();
  const roots: ThreadNode[] = [];
  comments.forEach((comment, index) => {
    const node: ThreadNode = { id: comment.id, depth: 0, children: [] };
    const parent = comment.replyTo ? nodes.get(comment.replyTo.parentId) : undefined;
    if (parent && parent.index < index) {
      node.depth = parent.node.depth + 1;
      parent.node.children.push(node);
    } else {
      roots.push(node);
    }
    if (!nodes.has(comment.id)) nodes.set(comment.id, { node, index });
  });
  return roots;
}
