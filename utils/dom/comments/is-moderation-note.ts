/**
 * The note a comment system prints over a comment that is not yet approved, shown only to the reader who wrote it:
 * WordPress core's "Your comment is awaiting moderation." (since 5.x followed by "This is a preview; your comment will
 * be visible after it has been approved."), and the same words in comment plugins ("This comment is awaiting
 * approval", "Comment awaiting moderation"). The comment under it is the reader's; the note is not part of its text.
 */
const MODERATION_NOTE =
  /^(?:(?:your|this) comment (?:is|has been (?:held|placed)) (?:awaiting|pending|in|for) (?:moderation|approval|review)|comment awaiting (?:moderation|approval))\b(?:\W{0,3}this is a preview\b.{0,100})?\W*$/i;

/** True when a comment line is only the "awaiting moderation" note over an unapproved comment. */
export function isModerationNote(line: string): boolean {
  return MODERATION_NOTE.test(line.trim());
}
