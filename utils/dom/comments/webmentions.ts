import { collectNested } from './collect-nested';
import { commonAncestor } from './common-ancestor';
import type { FoundComments } from './found-comment';
import { withMentionParents } from './mention-replies';

/**
 * IndieWeb responses marked up in microformats2: each one an `h-cite` (or `h-entry`), as webmention.io templates for
 * Eleventy, Jekyll (jekyll-webmention_io), Hugo and Astro print the replies a post received from other sites and, by
 * Bridgy, from Mastodon and Bluesky. An `h-cite` is a comment when the page marks it as the post's `p-comment` /
 * `u-comment` (the mf2 property for comments), or when it sits in a block named for webmentions
 * (`section.webmentions`, `ol.webmentions__list`): elsewhere an `h-cite` is a citation in the story.
 */
const ITEM = '.h-cite, .h-entry';
const MF2_COMMENT = '.p-comment, .u-comment';
const WEBMENTION_SECTION = '[class*="webmention" i], [id*="webmention" i]';
/**
 * The responses webmention.js (PlaidWeb's script, the usual way Hugo and Jekyll sites show webmention.io responses
 * without a build step) writes into `div#webmentions`: `ul.comments > li` of a reaction icon, `a.source` (the author)
 * and `span.text` (the reply). A mention that only names another post (`span.name`, its title) has no text: a link,
 * not a comment. Its likes and reposts are icons in `ul.reacts`, never list items.
 */
const SCRIPT_ITEM = 'ul.comments > li';
const PARTS = {
  item: `${ITEM}, ${SCRIPT_ITEM}`,
  author: ['.p-author .p-name', '.p-author', '.u-author', 'a.source'],
  date: ['.dt-published', 'time'],
  // A reply's text: `p-content`/`e-content`, or its `p-summary` when the template prints only that; the script's
  // `span.text`.
  body: '.e-content, .p-content, .p-summary, span.text',
};
/**
 * Likes, reposts (boosts), bookmarks and mentions are responses but not comments: templates print them as facepiles of
 * avatars (`webmentions__facepile`, the WordPress Webmention plugin's `reaction-list--like`) or mark their type
 * (`webmention--like`, `wm-repost`, or the mf2 properties `u-like-of`, `u-repost-of`, `u-bookmark-of`). A facepile's
 * `h-cite` holds no text besides a hidden name, so it has no body and is dropped anyway; the type name drops those that
 * print a line ("Ann liked this").
 */
const REACTION_TOKEN =
  /(?:^|[-_])(?:likes?|reposts?|boosts?|bookmarks?|favou?rites?|mentions|facepile|reactions?)(?:-of)?$/i;
/** Blocks looked at from an item up for a reaction type: the item and its list. */
const REACTION_LEVELS = 3;

/** True when the item or a block just above it names a kind of reaction that is not a reply. */
function isReaction(item: Element): boolean {
  let at: Element | null = item;
  for (let level = 0; at && level < REACTION_LEVELS; level++, at = at.parentElement) {
    if ([...at.classList].some((token) => REACTION_TOKEN.test(token))) return true;
  }
  return false;
}

/** The replies a post received as webmentions (see `ITEM`, `SCRIPT_ITEM`), nested as the page nests them. */
export function findWebmentions(doc: Document): FoundComments | undefined {
  const headline = doc.querySelector('h1');
  const items = [...doc.querySelectorAll(PARTS.item)].filter(
    (item) =>
      ((item.matches(MF2_COMMENT) && item.matches(ITEM)) || item.parentElement?.closest(WEBMENTION_SECTION)) &&
      !(headline && item.contains(headline)) &&
      !isReaction(item),
  );
  const itemSet = new Set(items);
  const near = commonAncestor(items);
  if (!near) return undefined;
  const comments = withMentionParents(collectNested(near, PARTS, (element) => itemSet.has(element)));
  if (comments.length === 0) return undefined;
  return { system: 'webmentions', region: outerSection(near, headline), comments };
}

/**
 * The outermost block around `near` named for webmentions (with the section's heading, facepiles and form), short of
 * one holding the headline; `near` when there is none.
 */
function outerSection(near: Element, headline: Element | null): Element {
  let region = near;
  for (let at = near.parentElement; at && !(headline && at.contains(headline)); at = at.parentElement)
    if (at.matches(WEBMENTION_SECTION)) region = at;
  return region;
}
