import { composedQueryAll } from './composed-query';
import { foldWords } from '../text/fold-words';
import { findTextHeadline } from './find-text-headline';
import { isLogoHeading } from './is-logo-heading';
import { isStorySubheading } from './is-story-subheading';
import { isSectionLabel, storyOpeningHeading } from './story-opening-heading';

/** Headings shorter than this are section labels ("News", "Menu"), not a headline. */
const MIN_HEADLINE_CHARS = 10;
/** A heading this short (characters) may still be the headline when the page title names it ("Backwards!"). */
const MIN_MATCHED_CHARS = 4;
/**
 * A later heading naming another part of the title wins when it covers at least this share of it: blogs title
 * pages "Blog Name: Post Title" and show the blog name first. Measured on the Dragnet dev split (0.2–0.5 tried).
 */
const MIN_LATER_COVERAGE = 0.3;
const HEADINGS = 'h1, h2, h3, h4';
/** The page's footer, where the site's name is set over its address and "about" text. */
const PAGE_FOOTER = 'footer, [role="contentinfo"]';
/**
 * A subheading matched on less than this share of the title names only a part of it: a newsletter's subject line
 * ("Fernhill news: water meters and the waiting list") naming one of the story's sections.
 */
const MAX_PART_COVERAGE = 0.5;

/**
 * How much of the wanted title a heading covers (0 when neither contains the other, or the heading is only part of
 * a word of the title).
 */
function coverage(text: string, wanted: string): number {
  if (text.length < MIN_MATCHED_CHARS || wanted.length === 0) return 0;
  if (` ${wanted} `.includes(` ${text} `)) return text.length / wanted.length;
  return text.includes(wanted) ? wanted.length / text.length : 0;
}

const isDisjoint = (a: string, b: string): boolean => !a.includes(b) && !b.includes(a);

/**
 * A heading's text with its parts spaced apart, when it is built of elements only: a kicker and a title in two spans
 * (DER SPIEGEL's `<h2><span class="block">Kicker</span><span>Title</span></h2>`, the kicker set on a line of its own
 * by its class) read as one glued word where the two meet ("NahverkehrBusse"), and the declared headline ("Kicker:
 * Title") then matches no heading. Undefined for a heading with text of its own (a word may run across an `<em>`).
 */
function spacedParts(heading: Element): string | undefined {
  if (heading.childElementCount < 2) return undefined;
  for (const node of heading.childNodes) if (node.nodeType === 3 && (node.textContent ?? '').trim()) return undefined;
  return Array.from(heading.children, (part) => part.textContent ?? '').join(' ');
}

/**
 * The page's only `h1` (`h1Count` is how many it has), long enough and matching no part of the title, heads a story of
 * which the matched heading (a lower one, covering less than `MAX_PART_COVERAGE` of the title) is a subheading (see
 * `isStorySubheading`).
 */
function partOfStory(h1Count: number, best: Element, score: number, h1: Element): boolean {
  if (score >= MAX_PART_COVERAGE || best.tagName.toUpperCase() === 'H1') return false;
  const text = foldWords(h1.textContent ?? '');
  if (text.length < MIN_HEADLINE_CHARS || h1Count !== 1) return false;
  return isStorySubheading(best, h1);
}

/**
 * The element showing the article's headline: the heading (h1–h4) that covers most of the page's declared headline or
 * `<title>` (which often adds the site name), a later heading naming another part of the title over an earlier one (the
 * site name comes first), else the first long enough `h1` (or, when it only names the section, the heading the story
 * opens under); a heading named as the site's logo is none of them. A lower
 * heading matching a small part of the title gives way to the page's only `h1` when it is that story's subheading (a
 * newsletter's subject line naming a section). With no heading at all, an element whose own text is the declared
 * headline (see `findTextHeadline`), else the heading the story's prose opens under (see `storyOpeningHeading`).
 */
export function findHeadline(doc: Document, declared?: string): Element | undefined {
  const title = foldWords(doc.querySelector('title')?.textContent ?? '');
  const wanted = foldWords(declared ?? '');
  let best: Element | undefined;
  let bestScore = 0;
  let bestText = '';
  for (const heading of composedQueryAll(doc, HEADINGS)) {
    // The site's name set as a heading matches the title's site part, and is no headline.
    if (isLogoHeading(heading)) continue;
    let text = foldWords(heading.textContent ?? '');
    let score = Math.max(coverage(text, wanted), coverage(text, title));
    const parts = spacedParts(heading);
    if (parts !== undefined) {
      const spaced = foldWords(parts);
      const spacedScore = Math.max(coverage(spaced, wanted), coverage(spaced, title));
      if (spacedScore > score) [text, score] = [spaced, spacedScore];
    }
    // A later heading naming the title's other part in the page's footer is the site's name over its "about" box
    // (a funeral home's name under the obituary), not the story's headline after the site's.
    const laterPart =
      best !== undefined && score >= MIN_LATER_COVERAGE && isDisjoint(text, bestText) && !heading.closest(PAGE_FOOTER);
    if (score > bestScore || laterPart) {
      best = heading;
      bestScore = score;
      bestText = text;
    }
  }
  const h1s = [...doc.querySelectorAll('h1')];
  const first = h1s.find((heading) => !isLogoHeading(heading));
  if (best && first && best !== first && partOfStory(h1s.length, best, bestScore, first)) return first;
  if (best) return best;
  // No heading named in the title ("Valley Ledger | Local News" names the site and section): the page's `h1`, unless
  // it only names the section over the story's own title (see `isSectionLabel`).
  if (first && foldWords(first.textContent ?? '').length >= MIN_HEADLINE_CHARS) {
    return isSectionLabel(first) ? (storyOpeningHeading(doc, first) ?? first) : first;
  }
  // No heading shows it: an element whose own text is the declared headline (Wiki.js's `div.headline`), else the
  // heading the story's prose opens under (an `h2` under a logo `h1`).
  // Only where the `<title>` is all the page says of its headline: a declared one that no heading matches (a blog's
  // `og:title` naming the blog) leaves the page's first lines to the parser, which reads a kicker printed in the
  // heading apart from it (NFL.com's 2012 blog, Dragnet dev).
  const text = findTextHeadline(doc, declared);
  if (text || (wanted && wanted !== title)) return text;
  return storyOpeningHeading(doc);
}
