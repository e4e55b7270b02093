import type { Comment, Entity } from '../model';
import { authorNameKey } from '../threads/author-key';

/** Splits an author name into the words readers address each other by ("Piet Albers" → "piet", "albers"). */
const NAME_WORDS = /[\s_]+/u;

/**
 * Drops, from the comments' entities, the readers themselves: a name that is a commenter's name, or one word of a
 * commenter's full name ("Glad they helped, Piet."), is readers addressing each other, not what they talk about.
 * A name the article also has ("Kim", when a reader is called Kim too) stays: then it is the topic.
 */
export function dropCommenterNames(
  entities: readonly Entity[],
  comments: readonly Comment[],
  bodyEntities: readonly Entity[],
): Entity[] {
  const commenters = new Set<string>();
  for (const comment of comments) {
    const key = authorNameKey(comment.author.text);
    if (!key) continue;
    commenters.add(key);
    for (const word of key.split(NAME_WORDS)) if (word) commenters.add(word);
  }
  const topics = new Set(
    bodyEntities.flatMap((entity) => [entity.name, ...entity.aliases].map((name) => authorNameKey(name))),
  );
  return entities.filter((entity) => {
    const key = authorNameKey(entity.name);
    return !commenters.has(key) || topics.has(key);
  });
}
