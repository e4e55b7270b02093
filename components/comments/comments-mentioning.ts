import type { Comment, Entity } from '../../utils/model';

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;

/**
 * Ids of the comments that mention an entity. Comment entities know their comments (`mention.commentId`); for a body
 * entity, a comment counts when its text contains the name or an alias as a whole word (case-sensitive, so the
 * alias "US" does not match "us"). One regex per call, one pass over the comments.
 */
export function commentsMentioning(entity: Entity, comments: readonly Comment[]): Set<string> {
  const fromMentions = entity.mentions.flatMap((mention) => (mention.commentId ? [mention.commentId] : []));
  if (fromMentions.length > 0) return new Set(fromMentions);

  const names = [entity.name, ...entity.aliases].map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) return new Set();
  // Longest first so "Kim Jong Un" wins over "Kim" in the alternation.
  const alternation = names
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(REGEX_SPECIALS, '\\$&'))
    .join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, 'u');
  return new Set(comments.filter((comment) => pattern.test(comment.text)).map((comment) => comment.id));
}
