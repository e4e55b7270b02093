import type { Comment } from '../model';

/** The author as compared between comments: trimmed and lower-cased, so "Ana " and "ana" are one reader. */
export function authorKey(comment: Comment): string {
  return comment.author.text.trim().toLowerCase();
}
