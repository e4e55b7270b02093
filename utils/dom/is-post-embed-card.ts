import { textOf } from './text-of';

/**
 * WordPress's embed of another post: when a writer pastes a post's address on a line of its own, WordPress core
 * writes a `blockquote.wp-embedded-content` holding a link to that post (its title) and, beside it, the card's iframe
 * (hidden until its script sizes it). The same markup on every WordPress site; the linked title is a teaser for
 * another story (most often the site's own), not a passage the story quotes, as an embedded tweet is.
 */
const POST_EMBED = 'blockquote.wp-embedded-content';

/**
 * The same card known by its shape, for sites that rename or hash the class: a `<blockquote>` whose whole text is one
 * link, with the embed's `<iframe>` right after it. A quotation holds its own words; a tweet's fallback adds its text
 * and the writer's handle to its links.
 */
function isLinkOnlyQuoteOverFrame(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'BLOCKQUOTE') return false;
  if (element.nextElementSibling?.tagName.toUpperCase() !== 'IFRAME') return false;
  const links = element.querySelectorAll('a');
  const link = links[0];
  if (links.length !== 1 || !link) return false;
  const text = textOf(element);
  return text.length > 0 && text === textOf(link);
}

/** True for WordPress's post-embed card (its link fallback; the iframe holds no text). */
export function isPostEmbedCard(element: Element): boolean {
  return element.matches(POST_EMBED) || isLinkOnlyQuoteOverFrame(element);
}
