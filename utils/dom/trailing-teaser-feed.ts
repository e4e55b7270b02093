import { linkShare } from './link-text';
import { MIN_STORY_PROSE_CHARS, paragraphProseChars } from './prose-chars';
import { textOf } from './text-of';
import { isTeaserFeed, MAX_PROSE_LINK_SHARE } from './widen-past-teaser-feed';
import { isTextBlock } from './is-text-block';

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

/** The feed's own label: a short heading with no link, first in the block. */
function opensWithLabel(block: Element): boolean {
  const first = block.firstElementChild;
  if (!first || !HEADINGS.has(first.tagName.toUpperCase())) return false;
  const text = textOf(first);
  return text.length > 0 && text.length <= MAX_LABEL_CHARS && linkShare(first) === 0;
}

/** A prose block: a paragraph or text-only `<div>` long enough to be prose, not a link line. */
const isProse = (block: Element): boolean =>
  isTextBlock(block) && paragraphProseChars(block) > 0 && linkShare(block) <= MAX_PROSE_LINK_SHARE;

/**
 * The blocks under `root` (Readability's kept block) that are a labelled teaser feed after a story (see the note at
 * the top); empty when there is none. Only blocks that open with a label are tested, so the walk stays short.
 */
export function trailingTeaserFeeds(root: Element): Set<Element> {
  const feeds: Element[] = [];
  const blocks = [...root.querySelectorAll('*')];
  const inFeed = (element: Element): boolean => feeds.some((feed) => feed.contains(element));
  // The prose read before each block (blocks come in page order), outside the feeds found so far.
  let story = 0;
  for (const block of blocks) {
    if (!inFeed(block) && opensWithLabel(block) && isTeaserFeed(block) && story >= MIN_STORY_PROSE_CHARS)
      feeds.push(block);
    if (isProse(block) && !inFeed(block)) story += paragraphProseChars(block);
  }
  return new Set(feeds);
}
