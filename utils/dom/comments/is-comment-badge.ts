/**
 * A label a comment system pins beside a commenter's name, read as a line of its own when the name box sits inside
 * the comment's text wrapper: the post's author ("Author", "Post author"), the site's staff ("Admin", "Moderator",
 * "Editor", "Staff"), or a pick by the editors ("Featured", "Pinned", "Editor's pick", "Top comment"). Alone on a line
 * it names no one and says nothing.
 */
const COMMENT_BADGE =
  /^(?:(?:post |article )?author|admin(?:istrator)?|moderator|mod|editor|staff|verified|featured(?: comment)?|pinned(?: comment)?|editor(?:'|’)?s pick|top (?:comment|commenter|fan)|subscriber|member)$/i;

/** True when a comment line is only a badge beside the commenter's name. */
export function isCommentBadge(line: string): boolean {
  return COMMENT_BADGE.test(line.trim());
}
