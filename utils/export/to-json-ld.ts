import type { Comment, Entity, EntityType, PageDoc } from '../model';
import { walkThreads } from './walk-threads';

/** schema.org type for each entity type; `misc` has no closer schema.org type than Thing. */
const SCHEMA_TYPE: Record<EntityType, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organization',
  misc: 'Thing',
};

/**
 * Deepest nesting of `comment` arrays (levels). Deeper replies are listed at this level, still pointing at their
 * real parent through `parentItem`, so a pathological reply chain cannot overflow a consumer's recursive reader.
 */
const MAX_COMMENT_NESTING = 32;

type JsonObject = Record<string, unknown>;

/** Drops keys whose value is undefined, an empty string or an empty array: absent stays absent in the output. */
function compact(object: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/** The `@id` of a comment, relative to the article so it stays valid wherever the JSON-LD is embedded. */
function commentLdId(comment: Comment): string {
  return `#comment-${comment.id}`;
}

function mention(entity: Entity): JsonObject {
  return { '@type': SCHEMA_TYPE[entity.type], name: entity.name };
}

function commentNode(comment: Comment, parent: Comment | undefined): JsonObject {
  return compact({
    '@type': 'Comment',
    '@id': commentLdId(comment),
    position: comment.index + 1,
    author: { '@type': 'Person', name: comment.author.text },
    text: comment.text,
    parentItem: parent ? { '@id': commentLdId(parent) } : undefined,
  });
}

/** Nests the comments along the threads, each exactly once, replies under their parent's `comment` array. */
function commentTree(doc: PageDoc): JsonObject[] {
  const roots: JsonObject[] = [];
  // path[d] is the latest node placed at depth d: in depth-first order it is the parent of the next node at d + 1.
  const path: JsonObject[] = [];
  for (const { comment, parent, depth } of walkThreads(doc.comments, doc.threads)) {
    const level = Math.min(depth, MAX_COMMENT_NESTING - 1);
    const node = commentNode(comment, parent);
    const holder = level === 0 ? undefined : path[level - 1];
    if (holder) ((holder.comment ??= []) as JsonObject[]).push(node);
    else roots.push(node);
    path[level] = node;
    path.length = level + 1;
  }
  return roots;
}

const NEWLINES = /\n+/g;

/** The document as a schema.org `NewsArticle` (JSON-LD), comments nested as `Comment` replies along the threads. */
export function toJsonLd(doc: PageDoc): Record<string, unknown> {
  const { metadata } = doc;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: metadata.headline?.text,
    description: metadata.standfirst?.text.replace(NEWLINES, ' '),
    datePublished: metadata.date?.iso,
    author: metadata.bylines.map((byline) => ({ '@type': 'Person', name: byline.text })),
    publisher: metadata.publisher ? { '@type': 'Organization', name: metadata.publisher.text } : undefined,
    abstract: doc.summary.map((sentence) => sentence.text).join(' '),
    articleBody: doc.body.map((paragraph) => paragraph.text).join('\n\n'),
    creditText: metadata.credits?.text,
    copyrightNotice: metadata.copyright?.text,
    inLanguage: metadata.language,
    url: metadata.url,
    mentions: doc.entities.body.map(mention),
    commentCount: doc.comments.length,
    comment: commentTree(doc),
  });
}
