import { blockShape } from './block-shape';
import { articleTypeOf, jsonLdArticles } from './json-ld-articles';
import { proseChars } from './prose-chars';
import { readRegionInstead, type CloneReading } from './read-clone';
import { keptOriginals } from './retry-without-link-list';

/**
 * A live page's posts are blocks of one shape side by side (`article.live-blog-post`, `div.liveblog-entry`), each
 * with its own headline, stamp and paragraphs. Where the class names say nothing (a CSS-in-JS build hashes them, as
 * the New York Times serves its live pages), Readability scores each post's paragraphs apart, keeps the best post and
 * drops every other update of the stream. A page that declares itself a live blog (JSON-LD `LiveBlogPosting`, which
 * search engines ask of live pages) is read over its whole stream of posts instead.
 */

/** The schema.org type a live page declares. */
const LIVE_BLOG_TYPE = 'LiveBlogPosting';
/** JSON-LD blocks longer than this (characters) are not parsed for the type: a live page's own is short. */
const MAX_JSON_LD_CHARS = 100_000;
/** Wrappers between the text Readability kept and the post that holds it. */
const MAX_LEVELS = 5;
/** Posts of one shape that make a stream: the kept one and at least two more. */
const MIN_POSTS = 3;
/** The other posts must hold at least this much prose (`proseChars`, characters) to be read with the kept one. */
const MIN_OTHER_PROSE = 250;

/** The other posts of `post`'s shape beside it that hold prose, or none when they are fewer than a stream. */
function otherPosts(post: Element): Element[] {
  const parent = post.parentElement;
  if (!parent) return [];
  const shape = blockShape(post);
  const others = [...parent.children].filter(
    (sibling) => sibling !== post && blockShape(sibling) === shape && proseChars(sibling) > 0,
  );
  return others.length + 1 >= MIN_POSTS ? others : [];
}

/**
 * On a declared live page, when everything Readability kept lies inside one post of a stream (see the note at the
 * top), reads the stream's column whole; the walk then leaves out each post's stamp, byline and share row as on any
 * live page. Any other reading is given back as it was.
 */
export function widenLiveStream(
  doc: Document,
  reading: CloneReading,
  comments: readonly Element[],
  headline: Element | undefined,
): CloneReading {
  if (!reading.content) return reading;
  const kept = keptOriginals(reading.content, reading.pairs);
  const first = kept[0];
  if (!first) return reading;
  let post: Element | null = first;
  for (let level = 0; post && level < MAX_LEVELS; level++, post = post.parentElement) {
    const others = otherPosts(post);
    if (others.length === 0) continue;
    const inPost = post;
    if (!kept.every((element) => inPost.contains(element))) return reading;
    if (others.reduce((sum, other) => sum + proseChars(other), 0) < MIN_OTHER_PROSE) return reading;
    if (!jsonLdArticles(doc, MAX_JSON_LD_CHARS).some((node) => articleTypeOf(node) === LIVE_BLOG_TYPE)) return reading;
    const stream = post.parentElement;
    if (!stream) return reading;
    return readRegionInstead(doc, stream, reading, comments, headline);
  }
  return reading;
}
