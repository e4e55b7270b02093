import { isBoilerplateLine } from './is-boilerplate-line';
import { linkShare } from './link-text';
import { originalOf } from './original-of';
import { MIN_STORY_PROSE_CHARS, paragraphProseChars, proseChars } from './prose-chars';
import { textOf } from './text-of';
import { isTeaserFeed, MAX_PROSE_LINK_SHARE } from './widen-past-teaser-feed';
import { isTextBlock } from './is-text-block';
import { isTickerFeed } from './is-ticker-feed';

/**
 * A feed of teasers under a short story, inside the block Readability kept. Regional papers, local TV stations and
 * college athletics sites close a brief with a labelled feed ("Latest News", "Trending", "Related News"): its own
 * short heading, then linked headlines each over a long abstract, often more prose than the brief. Where the feed's
 * names say nothing (hashed or bare class names), Readability keeps the story's column with the feed in it, and the
 * walk reads the abstracts as the story's paragraphs. A block is such a feed when it opens with its own label (a
 * short heading with no link), is a feed of teasers (`isTeaserFeed`) and follows a story's prose outside any teaser
 * (so a labelled feed set in the middle of a story goes too). A digest whose linked headings are its story has no
 * story of its own before them, or no label over them.
 */

/** The feed's label is a heading at most this long (characters): "Latest News", "More from Sports". */
const MAX_LABEL_CHARS = 60;
const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Teasers under a label the line tables know as furniture ("Related Articles", "More From FOX Sports"): one is a feed,
 * as Readability's cleaning may leave one card of a related list and drop the others.
 */
const MIN_LABELLED_TEASERS = 1;

/**
 * The feed's own label: a short heading with no link, first in the block, or a short paragraph so: a template that
 * styles its headings as `div`s sets the label as one ("More to Explore"), and Readability re-sets it as a `<p>`.
 */
function feedLabel(block: Element): string | undefined {
  const first = block.firstElementChild;
  if (!first || !(HEADINGS.has(first.tagName.toUpperCase()) || isTextBlock(first))) return undefined;
  const text = textOf(first);
  return text.length > 0 && text.length <= MAX_LABEL_CHARS && linkShare(first) === 0 ? text : undefined;
}

/** True for a labelled feed of teasers; fewer teasers make one under a furniture label (`MIN_LABELLED_TEASERS`). */
function isLabelledFeed(block: Element, label: string): boolean {
  return isTeaserFeed(block, isBoilerplateLine(label) ? MIN_LABELLED_TEASERS : undefined);
}

/** A prose block: a paragraph or text-only `<div>` long enough to be prose, not a link line. */
const isProse = (block: Element): boolean =>
  isTextBlock(block) && paragraphProseChars(block) > 0 && linkShare(block) <= MAX_PROSE_LINK_SHARE;

/**
 * The blocks under `root` (Readability's kept block) that are a labelled teaser feed after a story (see the note at
 * the top); empty when there is none. Only blocks that open with a label are tested, so the walk stays short. A brief
 * shorter than a story's prose (`MIN_STORY_PROSE_CHARS`: a one- or two-paragraph weather or score item) is enough
 * before a feed that `outsideStory` places apart from the block holding the headline and the story (the story's
 * `<article>`, with the feed in a `<section>` after it): a digest's linked headings share its headline's block.
 * After a story's prose, a live ticker's remnant goes too (`isTickerFeed`: the report's "Relive the action" feed of
 * stamped posts) when its page element (`pageElement`) opens with its own label. A labelled block whose teasers'
 * titles Readability cleaned out (link-only `div` titles, as templates styling headings as `div`s set them, read as
 * link-dense) is a feed when its page element is one.
 */
export function trailingTeaserFeeds(
  root: Element,
  outsideStory: (block: Element) => boolean = () => false,
  pageElement: (block: Element) => Element = (block) => block,
): Set<Element> {
  const feeds: Element[] = [];
  const blocks = [...root.querySelectorAll('*')];
  const inFeed = (element: Element): boolean => feeds.some((feed) => feed.contains(element));
  // The prose read before each block (blocks come in page order), outside the feeds found so far.
  let story = 0;
  for (const block of blocks) {
    const label = story > 0 && !inFeed(block) ? feedLabel(block) : undefined;
    if (
      label &&
      (story >= MIN_STORY_PROSE_CHARS || outsideStory(block)) &&
      (isLabelledFeed(block, label) || isLabelledFeed(pageElement(block), label))
    )
      feeds.push(block);
    // Readability drops a ticker's label (a short line of spans) and its button: the page's element shows them.
    else if (
      story >= MIN_STORY_PROSE_CHARS &&
      !inFeed(block) &&
      isTickerFeed(block) &&
      feedLabel(pageElement(block)) !== undefined
    )
      feeds.push(block);
    if (isProse(block) && !inFeed(block)) story += paragraphProseChars(block);
  }
  return new Set(feeds);
}

/**
 * The block holding a story under its headline: the lowest one around the headline with a paragraph of prose in it
 * (`paragraphProseChars`), or undefined when no block above the headline holds any.
 */
export function storyHome(headline: Element): Element | undefined {
  const doc = headline.ownerDocument;
  for (let at = headline.parentElement; at && at !== doc.body && at !== doc.documentElement; at = at.parentElement)
    if (proseChars(at) > 0) return at;
  return undefined;
}

/**
 * A test for blocks of Readability's clone (`pairs` leads back to the page): does this one lie apart from the story's
 * block (`storyHome`), neither in it nor around it? Always false without a headline or a story block.
 */
export function outsideStoryTest(
  headline: Element | undefined,
  pairs: ReadonlyMap<Node, Node>,
): (block: Element) => boolean {
  const home = headline && storyHome(headline);
  if (!home) return () => false;
  return (block) => {
    const original = originalOf(block, pairs);
    return original !== undefined && !home.contains(original) && !original.contains(home);
  };
}
