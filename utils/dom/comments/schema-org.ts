import { collectNested } from './collect-nested';
import { commonAncestor } from './common-ancestor';
import type { FoundComments } from './found-comment';

/** schema.org `Comment` microdata (`itemtype=".../Comment"`), replies nested inside their parent. */
const MICRODATA = {
  item: '[itemtype$="schema.org/Comment"], [itemtype$="schema.org/UserComments"]',
  author: ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '[itemprop="creator"]'],
  date: ['[itemprop="dateCreated"]', '[itemprop="datePublished"]', '[itemprop="commentTime"]'],
  body: '[itemprop="text"], [itemprop="commentText"], [itemprop="description"]',
};

/** Comments marked up with schema.org microdata. */
export function findSchemaOrg(doc: Document): FoundComments | undefined {
  const region = commonAncestor([...doc.querySelectorAll(MICRODATA.item)]);
  if (!region) return undefined;
  const comments = collectNested(region, MICRODATA);
  if (comments.length === 0) return undefined;
  for (const comment of comments) {
    const date = comment.date;
    comment.dateTime ??= date?.getAttribute('content') ?? date?.getAttribute('datetime') ?? undefined;
  }
  return { system: 'schema-org', region, comments };
}
