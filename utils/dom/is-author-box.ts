import { classNames } from './class-names';
import { isPhrasing } from './phrasing-tags';

/**
 * Class/id tokens of an author box: `author-bio`, `postauthor`, `about-the-author`, `mini-bio`, `bio-card`,
 * `article-bio` (a component class `ArticleBio_root__x1`), a bare `author`, and plurals for a post's several
 * writers (`post-authors`, `authors-box`).
 * Whole tokens only, so a post's own `entry-author-ann_lee` class (WordPress) is no author box.
 */
const AUTHOR_TOKEN =
  /^(?:(?:post|entry|article|story)[-_]?)?(?:author|writer|contributor)s?(?:[-_]?(?:bio|box|info|profile|details|about|card|description|block|wrap|area))?$|^about[-_]?(?:the[-_]?)?(?:author|writer)$|^(?:(?:mini|author|article|post|story|entry|contributor)[-_]?)?bio(?:graphy)?(?:[-_]?(?:card|box|block|wrap|area|container|section))?$/i;
/** A BEM element separator (`article__author-card`): read as a dash, so the block's own name is a whole token. */
const BEM_PART = /__/g;
/**
 * An `<address>` holds a byline or a contact line (WordPress themes set `<address class="author">`), never an author
 * box; nor do inline elements: a byline's `<span class="author">` is the byline itself.
 */
const ADDRESS = 'ADDRESS';
/** Below this many characters an author-named block is a byline ("By Ann Lee"), which the header reader needs. */
const MIN_BIO_CHARS = 100;
/** A bio is prose: some word ends a sentence inside it ("… of Make and Takes. She …"). */
const SENTENCE = /\p{Ll}{2}[.!?](?:\s|$)/u;

/**
 * True for an author box: a block named after the author that holds prose about them ("Ann Lee is the founder of
 * …"), which sites place at the end of the post and readers do not take for the article.
 */
export function isAuthorBox(element: Element): boolean {
  if (isPhrasing(element) || element.tagName.toUpperCase() === ADDRESS) return false;
  const names = `${classNames(element)} ${element.id}`.split(/\s+/).map((name) => name.replace(BEM_PART, '-'));
  return names.some((name) => AUTHOR_TOKEN.test(name)) && holdsBioProse(element);
}

/** True when a block holds prose about someone, as a bio does: a sentence, and more text than a byline. */
export function holdsBioProse(element: Element): boolean {
  const text = element.textContent ?? '';
  return text.trim().length >= MIN_BIO_CHARS && SENTENCE.test(text);
}
