import { BLOG_COMMENT_PLACEHOLDERS, BLOG_COMMENT_SERVICE } from './blog-comment-services';
import { FEDIVERSE_COMMENT_PLACEHOLDERS, holdsOnlyControls } from './fediverse-comment-scripts';

/**
 * Where a comment service's frame is loaded from: the services by name, Facebook's comments plugin, or a page's own
 * comment host or path (`comments.example.com`, `/comments/embed`).
 */
const COMMENT_SRC =
  /disqus\.com|livefyre|facebook\.com\/(?:v[\d.]+\/)?plugins\/comments|talkyard|discourse|coral|viafoura|spot\.im|openweb|\/\/comments?\.|\/comments?(?:[/?#._-]|$)/i;
/**
 * Social embeds quote one post or thread inside the article (Reddit's `/r/…/comments/…` threads, a Facebook comment
 * embed): they are the article's, not the page's comment section.
 */
const SOCIAL_EMBED_SRC =
  /\/\/(?:[\w-]+\.)*(?:reddit\.com|redditmedia\.com|twitter\.com|x\.com|instagram\.com|tiktok\.com|youtube(?:-nocookie)?\.com)\/|facebook\.com\/(?:v[\d.]+\/)?plugins\/(?:post|video|comment_embed)\.php/i;
/** A frame's id, class, name or title naming a comment service (Disqus names its frame `dsq-app…`). */
const SERVICE_NAME = /disqus|dsq-app|livefyre|fb:comments|talkyard|discourse|coral|viafoura|spotim|spot-im|openweb/i;
/** An id, class or name that is a comment frame's (`comments-frame`, `comment_iframe`), as a whole word. */
const COMMENT_NAME = /(?:^|[\s_-])comments?(?:[_-]?(?:i?frame|widget|thread|stream|embed|section))?(?=$|[\s_-])/i;
/** A title that is only about comments ("Comments", "Comment section"), not a video that mentions them. */
const COMMENT_TITLE = /^(?:comments?|discussion)(?:\s+(?:section|thread|stream|widget|frame))?$/i;
/**
 * Ad frames are often named after the slot they fill ("below-comments"), and a comment form's frame (Blogger's
 * `comment-editor`, Jetpack's `jetpack_remote_comment` frame titled "Comment Form" that WordPress sites load in place
 * of their own form) only writes comments: neither shows any.
 */
const NOT_COMMENTS_FRAME =
  /google_ads|doubleclick|\bads?[_-]|adserver|advert|3rd party ad|editor|comment[-\s]?form|compose/i;
/** Placeholders a comment service's script fills with an iframe later (empty in saved pages). */
const PLACEHOLDERS = [
  '#disqus_thread',
  '.fb-comments',
  'fb\\:comments',
  '#livefyre',
  '.livefyre',
  '#talkyard-comments',
  '#discourse-comments',
  '#coral_thread',
  '[data-spotim-module="conversation"]',
  'vf-conversations',
  ...BLOG_COMMENT_PLACEHOLDERS,
  ...FEDIVERSE_COMMENT_PLACEHOLDERS,
].join(', ');

const attributes = (element: Element, names: readonly string[]): string =>
  names.map((name) => element.getAttribute(name) ?? '').join(' ');

/** True for an iframe that shows a comment service, by where it loads from or what it is named. */
function isCommentFrame(frame: Element): boolean {
  const names = attributes(frame, ['id', 'class', 'name']);
  const title = (frame.getAttribute('title') ?? '').trim();
  const src = frame.getAttribute('src') ?? '';
  if (NOT_COMMENTS_FRAME.test(`${names} ${title}`) || SOCIAL_EMBED_SRC.test(src)) return false;
  return (
    COMMENT_SRC.test(src) ||
    SERVICE_NAME.test(`${names} ${title}`) ||
    BLOG_COMMENT_SERVICE.test(`${src} ${names} ${title}`) ||
    COMMENT_NAME.test(names) ||
    COMMENT_TITLE.test(title)
  );
}

/** True for a frame whose document we cannot read (cross-origin), or that has nothing in it yet. */
function isUnreadFrame(frame: Element): boolean {
  let inner: Document | null | undefined;
  try {
    inner = (frame as HTMLIFrameElement).contentDocument;
  } catch {
    inner = undefined;
  }
  return !inner?.body?.textContent?.trim();
}

/**
 * True when `root` holds a comment widget whose comments are not in this document: a comment service's frame we
 * cannot read, or its placeholder still empty (a saved page, or before the service's script ran; a "Load comments"
 * button is not content) or holding a frame.
 * A placeholder the page rendered its comments into is readable.
 */
export function hasUnreadWidget(root: ParentNode): boolean {
  if ([...root.querySelectorAll('iframe')].some((frame) => isCommentFrame(frame) && isUnreadFrame(frame))) return true;
  return [...root.querySelectorAll(PLACEHOLDERS)].some(
    (element) => element.querySelectorAll('iframe').length > 0 || holdsOnlyControls(element),
  );
}
