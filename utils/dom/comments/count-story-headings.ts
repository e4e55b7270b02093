import { headingLink } from '../heading-link';
import { hostOf, pageHost } from '../page-host';

/** A heading naming another story has at least this many words; a commenter's name heading has fewer. */
const MIN_HEADLINE_WORDS = 4;
const HEADINGS = 'h2, h3, h4, h5, h6';
/** Links that stay in the discussion: a fragment, or a comment's own permalink. */
const DISCUSSION_HREF = /^#|comment/i;
/** A commenter's link to their own site: WordPress and others mark it `external nofollow` or `ugc`. */
const COMMENTER_REL = /\b(?:nofollow|ugc|external)\b/i;
const WORDS = /\S+/g;

/** True for a link to another story on this site: relative, or to the page's host when that is known. */
function isStoryLink(link: Element, host: string | undefined): boolean {
  const href = link.getAttribute('href') ?? '';
  if (DISCUSSION_HREF.test(href) || COMMENTER_REL.test(link.getAttribute('rel') ?? '')) return false;
  const linkHost = hostOf(href);
  return !linkHost || !host || linkHost === host;
}

/**
 * How many headings linking to other stories of the site ("Skate bowls will not fix the high street" → /opinion/…)
 * lie under each element, ancestors included. Cards of a related, most-read or opinion rail are headed so; comments
 * are not (their headings name the commenter, link to the commenter's own site, or to the comment itself). One walk
 * up per heading: lookups afterwards.
 */
export function countStoryHeadings(doc: Document): Map<Element, number> {
  const host = pageHost(doc);
  const counts = new Map<Element, number>();
  for (const heading of doc.querySelectorAll(HEADINGS)) {
    const link = headingLink(heading);
    if (!link || !isStoryLink(link, host)) continue;
    if ((heading.textContent?.match(WORDS)?.length ?? 0) < MIN_HEADLINE_WORDS) continue;
    for (let at: Element | null = heading; at; at = at.parentElement) counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  return counts;
}
