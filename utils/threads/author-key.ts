import type { Comment } from '../model';

/**
 * An author name as compared anywhere (threads, noise, mutes): trimmed and lower-cased, so "Ana " and "ana" are one.
 */
export function authorNameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** The author as compared between comments: trimmed and lower-cased, so "Ana " and "ana" are one reader. */
export function authorKey(comment: Comment): string {
  return authorNameKey(comment.author.text);
}
