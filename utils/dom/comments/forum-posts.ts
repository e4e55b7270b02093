import { collectNested } from './collect-nested';
import { commonAncestor } from './common-ancestor';
import type { FoundComments } from './found-comment';
import { textOf } from '../text-of';

/**
 * Post bits of the forum engines that news and enthusiast sites embed under a story as its comments ("Discuss this
 * article"): XenForo 2 (`article.message--post`, text in `.bbWrapper`), vBulletin 4 (`li.postcontainer`, text in
 * `.postcontent`) and phpBB 3 prosilver (`div.post` with a `.postbody`, text in `.content`). These class names are
 * the engines' own default templates, shared by thousands of sites. Each post's quote blocks ("X said:") stay in its
 * text: a quote is part of the post that quotes. Signatures, user-info boxes and action rows are outside the text.
 * XenForo 1's `li.message` is left out: its thread pages put the story itself in the first post.
 */
const FORUM_POSTS = {
  item: 'article.message--post, li.postcontainer, div.post.has-profile',
  author: ['.message-name .username', '.username_container .username', '.postprofile .username', '.username'],
  date: ['.message-attribution time', '.postdate', '.author time', 'time'],
  body: '.message-body .bbWrapper, .postcontent, .postbody .content',
};

/** Tags that hold a page's whole column: the climb to the section around the posts stops below them. */
const COLUMN_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);
/**
 * The posts' section may carry this much text besides them (its "Discuss this article" heading, a "Join the
 * discussion" line, pagination): more, and the ancestor holds other content (the story) too.
 */
const MAX_SECTION_EXTRA_CHARS = 240;

/**
 * The section around the posts: the posts' common ancestor, widened to the block that only adds a heading and links.
 */
function sectionOf(posts: Element): Element {
  let section = posts;
  const postsLength = textOf(posts).length;
  for (let up = section.parentElement; up && !COLUMN_TAGS.has(up.tagName.toUpperCase()); up = up.parentElement) {
    if (textOf(up).length - postsLength > MAX_SECTION_EXTRA_CHARS) break;
    section = up;
  }
  return section;
}

/** Forum posts shown as a story's comments (XenForo 2, vBulletin 4, phpBB prosilver markup). */
export function findForumPosts(doc: Document): FoundComments | undefined {
  const items = [...doc.querySelectorAll(FORUM_POSTS.item)];
  const ancestor = commonAncestor(items);
  if (!ancestor) return undefined;
  const region = sectionOf(ancestor);
  const comments = collectNested(region, FORUM_POSTS);
  return comments.length > 0 ? { system: 'forum', region, comments } : undefined;
}
