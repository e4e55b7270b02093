import { foldWords } from '../text/fold-words';
import { isLogoHeading } from './is-logo-heading';
import { nextNode } from './next-node';
import { previousNode } from './previous-node';
import { MIN_PARAGRAPH_CHARS } from './prose-chars';
import { textOf } from './text-of';
import { HEADING_TAGS, isHeadingElement } from './heading-tags';

/** Headings that may head a story; an `h4` and below are a box's or a subsection's. */
const CANDIDATES = 'h1, h2, h3';
/** A headline says something: at least this many words ("Hatchery expansion wins approval"), not a box label. */
const MIN_HEADLINE_WORDS = 3;
/** Characters of a heading long enough to be a headline (as `findHeadline` asks of an `h1`): "News" is a label. */
const MIN_HEADLINE_CHARS = 10;
/** A section's name over the story is a word or three ("Member Bulletins", "News & Events"). */
const MAX_LABEL_WORDS = 3;
/** Nodes walked from a heading to the prose under it: a byline, a share row and a captioned photo fit well within. */
const MAX_STEPS = 120;
/** A sentence's end, before a closing quote or bracket: a caption's credit or a byline row has none. */
const SENTENCE_END = /[.!?]["'”’)]?$/u;
/** Page parts that hold no story's headline: a box heading there may sit over a long blurb. */
const CHROME = 'nav, aside, footer';

/** A paragraph of prose: long enough (`MIN_PARAGRAPH_CHARS`) and ending on a sentence. */
const isProse = (text: string): boolean => text.length >= MIN_PARAGRAPH_CHARS && SENTENCE_END.test(text);

/** True when `node` is prose: a `<p>` or a run of text (see `isProse`). */
function isProseNode(node: Node): boolean {
  if (node.nodeType === 3) return isProse(textOf(node));
  return node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'P' && isProse(textOf(node));
}

/**
 * True when prose follows `heading` before any other heading: a paragraph (a `<p>`, or a run of text set with `<br>`
 * in a layout cell) of at least `MIN_PARAGRAPH_CHARS` ending on a sentence, past whatever a template puts between a
 * headline and its story (a byline row, a share row, a captioned photo). A section's name over the story's own title
 * is followed by that title, a box's label by links.
 */
export function opensStory(heading: Element): boolean {
  let node = nextNode(heading, false);
  for (let steps = 0; node && steps < MAX_STEPS; steps++) {
    if (isProseNode(node)) return true;
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (HEADING_TAGS.has(tag)) return false;
      // A paragraph too short to be prose is read whole: its inline parts are no paragraphs of their own.
      if (tag === 'P') {
        node = nextNode(node, false);
        continue;
      }
    }
    node = nextNode(node);
  }
  return false;
}

/**
 * True when prose comes right before `heading`, with no other heading between: a subheading inside a story whose own
 * title the template sets in no heading at all (a styled `<p>` or `<div>`), not the story's headline.
 */
function followsProse(heading: Element): boolean {
  let node = previousNode(heading);
  for (let steps = 0; node && steps < MAX_STEPS; steps++, node = previousNode(node)) {
    if (node.nodeType === 1 && isHeadingElement(node as Element)) return false;
    if (isProseNode(node)) return true;
  }
  return false;
}

/** A heading shaped as a headline: long enough, a few words at least, and not the site's logo. */
function isHeadlineShaped(heading: Element): boolean {
  const text = foldWords(heading.textContent ?? '');
  return !isLogoHeading(heading) && text.length >= MIN_HEADLINE_CHARS && text.split(' ').length >= MIN_HEADLINE_WORDS;
}

/**
 * True when the page's `h1` only names the section the story sits in ("Member Bulletins" over a bulletin, a
 * department's "News" page): a word or three with no prose under it before the next heading.
 */
export function isSectionLabel(h1: Element): boolean {
  return foldWords(h1.textContent ?? '').split(' ').length <= MAX_LABEL_WORDS && !opensStory(h1);
}

/**
 * The first heading (h1–h3) after `after` (from the page's start when undefined) that is shaped as a headline and has
 * the story's prose right under it (see `opensStory`) and none right above it (a subheading's), outside the page's
 * nav, asides and footer: the story's title
 * where the page's `<title>` names only the site and section ("The Valley Ledger | Local News") and the template sets
 * the headline in an `h2` under a logo `h1`, or under a section name's `h1`.
 */
export function storyOpeningHeading(doc: Document, after?: Element): Element | undefined {
  let started = after === undefined;
  for (const heading of doc.querySelectorAll(CANDIDATES)) {
    if (!started) {
      started = heading === after;
      continue;
    }
    if (!isHeadlineShaped(heading) || heading.closest(CHROME)) continue;
    if (opensStory(heading) && !followsProse(heading)) return heading;
  }
  return undefined;
}
