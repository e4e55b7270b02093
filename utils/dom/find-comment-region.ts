import { appendBlocks } from './append-blocks';
import { commentEvidence } from './comments/comment-evidence';
import { hasUnreadWidget } from './comments/comment-widgets';
import { countLabelHeadings } from './comments/count-label-headings';
import { countStoryHeadings } from './comments/count-story-headings';
import { isCommentChromeLine } from './is-comment-chrome-line';
import { readCountLine } from '../page/read-count-line';
import { TextBuilder } from './text-builder';
import { textOf } from './text-of';

/** Class or id tokens that name a whole comment section. */
const REGION_TOKEN =
  /^(?:comments?|comment[-_]?(?:section|area|list|wrap|wrapper|container|thread|stream)|comments[-_]?(?:section|area|list|wrap|wrapper|container)|discussion|responses|reader[-_]?comments|user[-_]?comments)$/i;
/**
 * A region must keep at least this many non-furniture lines to be handed to the text parser: one comment is an
 * author and a text line (a lone prompt paragraph is one line, and has no comment evidence either).
 */
const MIN_REGION_LINES = 2;
/** …and at least this many characters of them: a name and a "Reply" link are not a discussion. */
const MIN_REGION_CHARS = 80;

/**
 * …and at least this many characters of prose: text outside links, on lines that are not mostly link text. A
 * sidebar of "Subscribe", "RSS feed" and tag links, or a list of contest links, passes the counts above but has none.
 */
const MIN_PROSE_CHARS = 80;
/** A line with more than this share of link text is navigation, not something a reader wrote. */
const MAX_PROSE_LINK_SHARE = 0.5;

const tokensOf = (element: Element): string[] => [...element.classList, element.id].filter((token) => token.length > 0);

/**
 * …and some evidence that it holds comments: a comment count, or this many byline-like lines (dates, "NAME says:").
 * A box of contest or event links under a `#comments` anchor has text but neither.
 */
const MIN_BYLINE_LINES = 2;
/** A region holding this many headings that link to other stories is a rail of story cards (an opinion rail). */
const MAX_STORY_HEADINGS = 1;

/** The lines a region would contribute, furniture left out, how much of them is prose, and its comment evidence. */
function regionLines(region: Element): { lines: string[]; prose: number; evidence: boolean } {
  const scratch = new TextBuilder();
  let prose = 0;
  let counted = false;
  let bylines = 0;
  const keep = (line: string, linkChars: number): boolean => {
    const evidence = commentEvidence(line);
    counted ||= evidence === 'count';
    if (evidence === 'byline') bylines++;
    if (isCommentChromeLine(line)) return false;
    if (linkChars <= line.length * MAX_PROSE_LINK_SHARE) prose += line.length - linkChars;
    return true;
  };
  appendBlocks(scratch, region, { keep });
  const lines = scratch
    .toString()
    .split('\n')
    .filter((line) => line.length > 0);
  // A count over a comment service's unread widget counts the comments in its frame, not the region's own lines.
  return { lines, prose, evidence: bylines >= MIN_BYLINE_LINES || (counted && !hasUnreadWidget(region)) };
}

/** Headings a comment section may open with ("Comments (12)", "Reader comments"): a section's own headings. */
const HEADINGS = 'h2, h3, h4, [role="heading"]';
/**
 * Headings that name the comments a page shows by how they rank ("Top Rated Comments", "Readers' comments"). Not
 * "Recent Comments" or "Top comments": they head a sidebar of comments on other posts (a blog's, Disqus's widget).
 */
const RANKED_COMMENTS = /^(?:top[- ]rated|most (?:liked|recommended)|readers['’]?|reader) comments$/i;
/** Elements that hold a page's whole column, never only its comments. */
const COLUMN_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);

/** Blocks tried above a comment-section heading: its head block, the section around it, and one more. */
const MAX_SECTION_LEVELS = 3;

/**
 * The blocks a comment-section heading opens, nearest first: each ancestor holding more than the heading whose text
 * starts with it. The nearest may be the section's head alone (20minutos' `header` of "Comentarios" and the rules, or
 * a header row of heading and controls: "Discussion" beside "View all 57 replies", "Comments" beside a sort menu),
 * the comments in the block around it. A heading in the middle of a block heads a part of something larger (the
 * page's column).
 */
function sectionsLedBy(heading: Element): Element[] {
  const title = textOf(heading);
  const blocks: Element[] = [];
  let block = heading.parentElement;
  while (block && textOf(block) === title) block = block.parentElement;
  for (; block && blocks.length < MAX_SECTION_LEVELS; block = block.parentElement) {
    if (COLUMN_TAGS.has(block.tagName.toUpperCase()) || !textOf(block).startsWith(title)) break;
    blocks.push(block);
  }
  return blocks;
}

/** True when a region reads as comments: enough lines and prose, with a count or repeated bylines. */
function holdsComments(region: Element): boolean {
  const { lines, prose, evidence } = regionLines(region);
  const enough = lines.length >= MIN_REGION_LINES && lines.join('').length >= MIN_REGION_CHARS;
  return enough && prose >= MIN_PROSE_CHARS && evidence;
}

/**
 * A comment section whose markup gives no per-comment structure (a flat list of names and text, like the sample):
 * its text goes to the parser's own segmentation. Only a region that still has text once prompts, forms and
 * counters are removed counts, so an empty widget or a lone form is not a comment section.
 */
export function findCommentRegion(doc: Document): Element | undefined {
  const headline = doc.querySelector('h1');
  const storyHeadings = countStoryHeadings(doc);
  for (const element of doc.querySelectorAll(
    '[id*="comment" i], [class*="comment" i], [id*="discussion" i], [id*="responses" i]',
  )) {
    if (!tokensOf(element).some((token) => REGION_TOKEN.test(token))) continue;
    // A comment section follows the post: one holding the page's headline (its first `<h1>`) is the post itself,
    // tagged `comment` as opinion pieces are on some sites.
    if (element.closest('form') || (headline && element.contains(headline))) continue;
    if ((storyHeadings.get(element) ?? 0) > MAX_STORY_HEADINGS) continue;
    if (holdsComments(element)) return element;
  }
  // Class names that say nothing (`css-1x2y3z`) still leave the section's heading: the block it opens. Apps that set
  // every text in a styled `<div>` leave its words: a block whose whole text is the count.
  for (const heading of [...doc.querySelectorAll(HEADINGS), ...countLabelHeadings(doc)]) {
    const title = textOf(heading);
    if (!readCountLine(title) && !RANKED_COMMENTS.test(title)) continue;
    for (const region of sectionsLedBy(heading)) {
      if (region.closest('form') || (headline && region.contains(headline))) break;
      if ((storyHeadings.get(region) ?? 0) > MAX_STORY_HEADINGS) break;
      if (holdsComments(region)) return region;
    }
  }
  return undefined;
}
