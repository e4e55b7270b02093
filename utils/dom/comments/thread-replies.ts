import { collectNested } from './collect-nested';
import { commonAncestor } from './common-ancestor';
import type { FoundComments } from './found-comment';

/**
 * The replies of a vBulletin 3 thread whose first post is the page's story, as forum-born news sites and a forum's
 * news section run their stories: each post is a `table[id^="post"]` holding its text in `div[id^="post_message_"]`,
 * the poster's name in `a.bigusername` and the date in the first `td.thead`. These ids and classes are the engine's
 * default postbit, shared by tens of thousands of boards. The first post on the page is the thread's opening post,
 * the story; the posts after it are the comments. (vBulletin 4's `li.postcontainer` under a CMS article is read by
 * `findForumPosts`.)
 */
const THREAD_POSTS = {
  item: 'table[id^="post"]',
  author: ['.bigusername'],
  date: ['td.thead'],
  body: '[id^="post_message_"]',
};

/** A thread page with replies holds the opening post and at least one reply. */
const MIN_POSTS = 2;

/** Replies under a thread's opening post (vBulletin 3 postbit markup); the opening post is left to the article. */
export function findThreadReplies(doc: Document): FoundComments | undefined {
  const posts = [...doc.querySelectorAll(THREAD_POSTS.item)].filter(
    (post) => post.querySelector(THREAD_POSTS.body) !== null,
  );
  const region = commonAncestor(posts);
  if (posts.length < MIN_POSTS || !region) return undefined;
  const opening = posts[0];
  const comments = collectNested(region, THREAD_POSTS).filter((comment) => comment.element !== opening);
  if (comments.length === 0) return undefined;
  return { system: 'forum-thread', region, comments, parts: comments.map((comment) => comment.element) };
}
