// TEMP baseline (replaced by the threads work).
import type { Comment, ReplyLink } from '../model';

/** Infers, for each comment, the comment it answers (undefined when the evidence is weak). Keeps DOM links. */
export function inferReplies(comments: readonly Comment[]): (ReplyLink | undefined)[] {
  return comments.map((c) => c.replyTo);
}
