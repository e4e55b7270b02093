/** A heading naming another story has at least this many words; a commenter's name heading has fewer. */
const MIN_HEADLINE_WORDS = 4;
const HEADINGS = 'h2, h3, h4, h5, h6';
/** Links that stay in the discussion: a fragment, or a comment's own permalink. */
const DISCUSSION_HREF = /^#|comment/i;
const WORDS = /\S+/g;

/** The link that makes a heading a link: one inside it, or the link around it. */
const linkOf = (heading: Element): Element | null => heading.querySelector('a[href]') ?? heading.closest('a[href]');

/**
 * How many headings linking to other stories ("Skate bowls will not fix the high street" → /opinion/…) lie under
 * each element, ancestors included. Cards of a related, most-read or opinion rail are headed so; comments are not
 * (their headings name the commenter, or link to the comment itself). One walk up per heading: lookups afterwards.
 */
export function countStoryHeadings(root: ParentNode): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const heading of root.querySelectorAll(HEADINGS)) {
    const link = linkOf(heading);
    const href = link?.getAttribute('href') ?? '';
    if (!link || DISCUSSION_HREF.test(href)) continue;
    if ((heading.textContent?.match(WORDS)?.length ?? 0) < MIN_HEADLINE_WORDS) continue;
    for (let at: Element | null = heading; at; at = at.parentElement) counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  return counts;
}
