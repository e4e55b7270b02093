import { commonAncestor } from './comments/common-ancestor';
import { headingLink } from './heading-link';
import { linkShare } from './link-text';
import { hostOf, pageHost } from './page-host';
import { MIN_PARAGRAPH_CHARS, MIN_STORY_PROSE_CHARS, paragraphProseChars } from './prose-chars';
import { readRegionInstead, type CloneReading } from './read-clone';
import { textOf } from './text-of';
import { textRunAfter } from './text-run-after';
import { isTextBlock, textBlocks } from './is-text-block';
import { isHeadingElement } from './heading-tags';

/**
 * A short story beside a long feed of teasers. Local TV stations, regional papers, college athletics sites, blogs
 * and trade magazines set a brief of 80 to 250 words beside a "Trending", "Latest News" or "Featured" column whose
 * every entry is a linked headline over a long abstract. Readability's strict first pass then scores the column's
 * abstracts above the brief's few paragraphs and returns the column. The column's shape tells it: linked headings,
 * each over its prose, and nearly all its prose under such a heading. When such a feed does not hold the headline,
 * the story is under the headline: the lowest block around the headline that holds a story's prose is read instead,
 * unless that block holds the feed too. A digest whose linked headings are the story itself shares its block with
 * the headline, so it stays.
 */

/** A teaser's title is a heading at most this long (characters)... */
const MAX_TITLE_CHARS = 160;
/** ...whose text is nearly all link text (the title links to the story it teases). */
const MIN_TITLE_LINK_SHARE = 0.9;
/** At least this many linked headings, each over its prose, make a feed. */
const MIN_TEASERS = 3;
/** A feed's abstracts under linked headings hold at least this share of its prose: a story's prose is under none. */
const MIN_TEASER_PROSE_SHARE = 0.9;
/** A prose block with more than this share of link text is a link line, not an abstract. */
export const MAX_PROSE_LINK_SHARE = 0.5;

/** Boxes a heading-less template sets a card's linked title in; a `<p>` is a paragraph, never a title. */
const TITLE_BOX_TAGS = new Set(['DIV', 'SPAN']);

/**
 * True when the heading's link stays on the page's site: a relative address, or one whose host is the page's, or a
 * host under or over it ("sports.example.com" on "example.com"). A feed teases the site's own stories; a shopping
 * guide's or a listicle's headings link out to shops and to the places they name, and are the story. With no host to
 * compare (a saved page without its address), any link counts; a link to a place in the page itself never does.
 */
function linksWithinSite(heading: Element, host: string | undefined): boolean {
  const href = headingLink(heading)?.getAttribute('href');
  // A link to a place in the page itself teases no story: a transcript's time marks (`<a href="#t=48">00:00:48</a>`).
  if (href?.trim().startsWith('#') === true) return false;
  if (!host) return true;
  if (!href) return false;
  const linked = hostOf(href);
  return linked === undefined || linked === host || linked.endsWith(`.${host}`) || host.endsWith(`.${linked}`);
}

/**
 * A teaser's title: a short heading that is all link (`<h4><a href>Title</a></h4>`), or set inside the card's link
 * (`<a href><h4>Title</h4></a>`), to the page's own site.
 */
function isLinkedTitle(element: Element, host: string | undefined): boolean {
  const text = textOf(element);
  return (
    text.length > 0 &&
    text.length <= MAX_TITLE_CHARS &&
    (linkShare(element) >= MIN_TITLE_LINK_SHARE || element.parentElement?.closest('a[href]') != null) &&
    linksWithinSite(element, host)
  );
}

/**
 * A card's title set with no heading, opening its card: a bare link (`<li><a href>Title</a><p>Abstract</p></li>`, as
 * related-story lists print them), or a `<div>`/`<span>` holding only that link (`<div class="title"><a href>Title</a>
 * </div>`, as templates that style every heading as a `div` do). The first element of a block that is no paragraph, so
 * never a link in a sentence; whether it is all link and short is `isLinkedTitle`'s to say.
 */
function isCardLink(element: Element): boolean {
  const card = element.parentElement;
  if (card === null || card.firstElementChild !== element || isTextBlock(card)) return false;
  const tag = element.tagName.toUpperCase();
  return tag === 'A' || (TITLE_BOX_TAGS.has(tag) && element.querySelectorAll('a[href]').length === 1);
}

/**
 * True when `block` is a feed of teasers: at least `minTeasers` (`MIN_TEASERS`) headings linked to the page's own site,
 * each followed by prose, and nearly all of its prose (`MIN_TEASER_PROSE_SHARE`) under such headings. One walk over the
 * block.
 */
export function isTeaserFeed(block: Element, minTeasers = MIN_TEASERS): boolean {
  const host = pageHost(block.ownerDocument);
  let underTitle = false;
  let titleUsed = true;
  let teasers = 0;
  let prose = 0;
  let teaserProse = 0;
  for (const element of block.querySelectorAll('*')) {
    if (isHeadingElement(element) || isCardLink(element)) {
      underTitle = isLinkedTitle(element, host);
      titleUsed = false;
      // A card's abstract set straight after its title, closed by a line break, not a `<p>` (see `textRunAfter`).
      const run = textRunAfter(element);
      if (run.text.length < MIN_PARAGRAPH_CHARS || run.linkChars > run.chars * MAX_PROSE_LINK_SHARE) continue;
      prose += run.text.length;
      if (!underTitle) continue;
      teaserProse += run.text.length;
      teasers++;
      titleUsed = true;
      continue;
    }
    if (!isTextBlock(element)) continue;
    const chars = paragraphProseChars(element);
    if (chars === 0 || linkShare(element) > MAX_PROSE_LINK_SHARE) continue;
    prose += chars;
    if (!underTitle) continue;
    teaserProse += chars;
    if (!titleUsed) teasers++;
    titleUsed = true;
  }
  return teasers >= minTeasers && teaserProse >= prose * MIN_TEASER_PROSE_SHARE;
}

/** Characters of prose paragraphs in `block` outside the readers' comments (see `paragraphProseChars`). */
function storyProse(block: Element, comments: readonly Element[]): number {
  let chars = 0;
  for (const paragraph of textBlocks(block))
    if (!comments.some((comment) => comment.contains(paragraph))) chars += paragraphProseChars(paragraph);
  return chars;
}

/**
 * The story's block: the lowest block above the headline that holds a story's prose (`MIN_STORY_PROSE_CHARS`), when it
 * does not hold the feed too (then the feed is in the story's own column, and may be the story).
 */
function storyBlock(
  doc: Document,
  headline: Element,
  feed: Element,
  comments: readonly Element[],
): Element | undefined {
  for (let at = headline.parentElement; at && at !== doc.body && at !== doc.documentElement; at = at.parentElement) {
    if (at.contains(feed)) return undefined;
    if (storyProse(at, comments) >= MIN_STORY_PROSE_CHARS) return at;
  }
  return undefined;
}

/**
 * The page block holding the text Readability kept: the deepest element around the originals of its non-blank text.
 * Measured on the page, not on Readability's copy, whose cleaning drops the linked titles (a `<div>` title all link
 * goes as link-dense furniture) and whose kept wrappers may be the page's outer frame.
 */
function keptTextBlock(reading: CloneReading): Element | undefined {
  const { content, pairs } = reading;
  if (!content) return undefined;
  const parents = new Set<Element>();
  const stack: Node[] = [content];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) stack.push(child);
      const parent = child.nodeType === 3 && child.nodeValue?.trim() ? pairs.get(child)?.parentElement : undefined;
      if (parent) parents.add(parent);
    }
  }
  return commonAncestor([...parents]);
}

/**
 * When Readability returned a feed of teasers that does not hold the headline (see the note at the top), reads the
 * story's block under the headline instead.
 */
export function widenPastTeaserFeed(
  doc: Document,
  reading: CloneReading,
  comments: readonly Element[],
  headline: Element | undefined,
): CloneReading {
  if (!headline || !reading.content) return reading;
  const feed = keptTextBlock(reading);
  if (!feed || feed.contains(headline) || !(isTeaserFeed(reading.content) || isTeaserFeed(feed))) return reading;
  const story = storyBlock(doc, headline, feed, comments);
  return story ? readRegionInstead(doc, story, reading, comments, headline) : reading;
}
