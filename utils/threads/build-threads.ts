// TEMP baseline (replaced by the threads work): every comment is a root.
import type { Comment, ThreadNode } from '../model';

/** Builds the reply forest from each comment's `replyTo`, roots and children in page order. */
export function buildThreads(comments: readonly Comment[]): ThreadNode[] {
  return comments.map((c) => ({ id: c.id, depth: 0, children: [] }));
}
