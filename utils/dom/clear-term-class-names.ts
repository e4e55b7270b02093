import { dropClassNames } from './drop-class-names';
import { UNLIKELY_NAME } from './readability-names';

/**
 * Class names a CMS writes on a post from its tags, categories and content type, each a slug of the site's own words:
 * WordPress's `post_class()` (`category-community-news`, `tag-social-media`, `type-sponsored_post`), Ghost's
 * `{{post_class}}` (`tag-community-news`), Drupal 7's node classes (`node-community-news`) and Drupal 8's
 * (`node--type-community-news`). They say what the story is about, not what the block is.
 */
const TERM_CLASS = /^(?:tag|category|type|node|node--type)-./i;
/**
 * The class lists those CMSs write on a post (`post`, `hentry`, `post-1187`, `type-post`, Drupal's `node`): a term
 * class is only read as one on such an element, where the CMS wrote it, not on a widget that happens to be named
 * `tag-…`.
 */
const POST_CLASS = /^(?:post|hentry|node|post-\d+|type-[\w-]+|status-publish)$/i;
/** The elements whose classes may hold a term slug (an attribute search, once per page copy). */
const CANDIDATES = '[class*="tag-" i], [class*="category-" i], [class*="type-" i], [class*="node-" i]';
const SPACES = /\s+/;

/** True for a term class whose slug holds one of Readability's unlikely words (`tag-community-news`). */
function isUnlikelyTermClass(name: string): boolean {
  return TERM_CLASS.test(name) && UNLIKELY_NAME?.test(name) === true;
}

/**
 * Takes off the posts of a page copy the tag, category and content-type classes whose slug holds one of Readability's
 * unlikely words, before Readability reads it. Readability tests its words anywhere in a class list, so a Ghost story
 * tagged "Community News" (`article.post-full.post.tag-community-news`) or a Drupal node of a `community_news` type
 * was dropped with all inside on the strict first pass the reader trusts, and a subscribe overlay was read instead.
 * The post's other names stay. Edits `doc` in place; meant for the clone Readability reads.
 */
export function clearTermClassNames(doc: Document): void {
  for (const element of doc.querySelectorAll(CANDIDATES)) {
    const names = (element.getAttribute('class') ?? '').split(SPACES);
    if (!names.some((name) => POST_CLASS.test(name))) continue;
    dropClassNames(element, isUnlikelyTermClass);
  }
}
