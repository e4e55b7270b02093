import { textOf } from './text-of';
import { MIN_PARAGRAPH_CHARS } from './prose-chars';

/**
 * True when `heading` is a subheading of the story that `h1` heads: a later sibling of the `h1` in the same block,
 * with a paragraph of prose between them. An e-mail newsletter's web version (Mailchimp, Campaign Monitor) is titled by
 * its subject line ("Fernhill news: water meters and the waiting list"), which may name one of the story's sections
 * ("The waiting list") but not its headline, the `h1` over the story in the same text block. A blog's logo `h1` sits in
 * the page's header, apart from the post's title and text (and its tagline may be a long paragraph).
 */
export function isStorySubheading(heading: Element, h1: Element): boolean {
  let prose = false;
  for (let sibling = h1.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === heading) return prose;
    if (sibling.tagName.toUpperCase() === 'P' && textOf(sibling).length >= MIN_PARAGRAPH_CHARS) prose = true;
  }
  return false;
}
