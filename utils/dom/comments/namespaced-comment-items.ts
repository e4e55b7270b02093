import { itemsNamedAlike } from './items-named-alike';

/**
 * A class token that names one comment under a namespace or a BEM block: `s123-comment` (SITE123's builder prefix),
 * `article-template__comments-comment` (Shopify's Dawn theme, the blog comment of most Shopify stores), `c-comment`.
 * The last word is "comment", the part before it names the site's or the block's scope; or "comment" and the word for
 * the box around one, as the bare names are read (`comment-container`, `comment-wrap`): a comment service's list item
 * around its comment (`vf-comment-container`, Viafoura's prefix).
 */
const NAMESPACED_COMMENT = /^[a-z0-9][\w-]*?(?:__|[-_])comment(?:[-_](?:container|wrap|wrapper|item|entry))?$/i;
/**
 * A script's hook (`js-comment`): the `js-` prefix names what a script binds to, not what the block is, and is set on
 * blocks whose author and date sit in parts no generic selector names (a heading's profile link); the plain-lines
 * reader of the comment section reads those better.
 */
const SCRIPT_HOOK = /^js[-_]/i;
/**
 * Such a token is weaker evidence than a bare `comment`: it may name a button or an icon (`post-comment`,
 * `fa-comment`), or a sidebar's latest comments on other posts (`hentry-thumb-comment`). At least this many elements
 * under one parent must share it (a list of comments, each named alike)…
 */
const MIN_SIBLINGS = 2;
/**
 * …and that parent, or the block around it, must be named as the page's comment section: `div#comments` (Shopify),
 * `ul.s123-comments-list` (SITE123), or the box the comments are printed in under a story
 * (`div.article-comments-box`, as older news templates framed their forum's first posts), or in the singular before
 * the section's word (`div.journal-comment-area`, Squarespace 5's journal; `ol.comment-list`): "area", "section" and
 * "list" name the place of many, where a singular box, block or wrapper names one comment.
 */
const SECTION_TOKEN =
  /(?:^|[-_])(?:comments(?:[-_]?(?:list|section|wrap|wrapper|container|area|box))?|comment[-_]?(?:list|section|area))$/i;
/** A section of comments on other posts: a sidebar's widget (`recent_comments`, `widget_latest_comments`). */
const OTHER_POSTS = /recent|latest|popular|widget|sidebar/i;
/** Blocks looked at from the items up for the section's name: their parent and the block around it. */
const SECTION_LEVELS = 2;

/** True when `parent` or a block just above it is named as the page's own comment section. */
export function inCommentSection(parent: Element): boolean {
  let at: Element | null = parent;
  for (let level = 0; at && level < SECTION_LEVELS; level++, at = at.parentElement) {
    const tokens = [...at.classList, at.id];
    if (tokens.some((token) => OTHER_POSTS.test(token))) return false;
    if (tokens.some((token) => SECTION_TOKEN.test(token))) return true;
  }
  return false;
}

/**
 * The elements of `candidates` whose class names one comment under a namespace (see `NAMESPACED_COMMENT`), when their
 * parent holds at least `MIN_SIBLINGS` elements named so and lies in the page's comment section.
 */
export function namespacedCommentItems(candidates: readonly Element[]): Set<Element> {
  const names = (token: string): boolean => NAMESPACED_COMMENT.test(token) && !SCRIPT_HOOK.test(token);
  return itemsNamedAlike(candidates, names, inCommentSection, MIN_SIBLINGS);
}
