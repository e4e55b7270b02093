/**
 * WordPress's embed of another post: when a writer pastes a post's address on a line of its own, WordPress core
 * writes a `blockquote.wp-embedded-content` holding a link to that post (its title) and, beside it, the card's iframe
 * (hidden until its script sizes it). The same markup on every WordPress site; the linked title is a teaser for
 * another story (most often the site's own), not a passage the story quotes, as an embedded tweet is.
 */
const POST_EMBED = 'blockquote.wp-embedded-content';

/** True for WordPress's post-embed card (its link fallback; the iframe holds no text). */
export function isPostEmbedCard(element: Element): boolean {
  return element.matches(POST_EMBED);
}
