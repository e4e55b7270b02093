import { findDiscourse, findTalkyard } from './discourse';
import { findDisqus } from './disqus';
import type { FoundComments } from './found-comment';
import { findGeneric } from './generic';
import { findHackerNews } from './hacker-news';
import { findReddit } from './reddit';
import { findSchemaOrg } from './schema-org';
import { findWordPress } from './wordpress';

/**
 * The comment-system readers, most specific markup first: a page's own well-known system wins over schema.org
 * microdata (which such systems sometimes add), and the generic class/id pattern is the last resort.
 */
const READERS: readonly ((doc: Document) => FoundComments | undefined)[] = [
  findReddit,
  findHackerNews,
  findDisqus,
  findDiscourse,
  findTalkyard,
  findWordPress,
  findSchemaOrg,
  findGeneric,
];

/** The page's comments with their structure, from the first reader that recognises the markup. */
export function findComments(doc: Document): FoundComments | undefined {
  for (const read of READERS) {
    const found = read(doc);
    if (found && found.comments.length > 0) return found;
  }
  return undefined;
}
