import { isCommentChromeLine } from '../is-comment-chrome-line';
import { isCommentDateLine } from '../../page/is-comment-date-line';
import { isNameShaped } from '../../page/is-name-shaped';
import { textOf } from '../text-of';
import { HEADINGS_SELECTOR } from '../heading-tags';

/** A block longer than this (characters) is a comment's text, not the line its name and date are printed on. */
const MAX_META_CHARS = 120;
/** Blocks looked at above the date for the line it shares with the name (a `<time>` in a span in a footer). */
const MAX_LEVELS = 2;
const LETTER = /\p{L}/u;
/** A credit word set apart before the name (Slashdot's `span.byby` "by"), which is no name itself. */
export const CREDIT_WORD = /^(?:by|posted by|written by|from|von|par|por|door|av|di)$/i;
/** A comment's button beside its date that the chrome lines do not list ("QUOTE" on a forum-style thread). */
const BUTTON_WORD = /^(?:quote|reply|report|flag|like|share|permalink|link|edit|delete)\b/i;
const TEXT_NODE = 3;

/** True when no text beside `element` in its parent holds a letter: a word in a sentence is no name. */
const standsApart = (element: Element): boolean =>
  [...(element.parentNode?.childNodes ?? [])].every(
    (node) => node.nodeType !== TEXT_NODE || !LETTER.test(node.textContent ?? ''),
  );

/**
 * A leaf holding a name: name-shaped, with a letter, standing apart, and neither a date nor a button ("Reply",
 * "2 hours ago").
 */
const isNameLeaf = (element: Element): boolean => {
  // A heading's words are the comment's title (Slashdot's `h4` over each comment), not its writer.
  if (element.children.length > 0 || !standsApart(element) || element.closest(HEADINGS_SELECTOR) !== null) return false;
  const text = textOf(element);
  return (
    LETTER.test(text) &&
    isNameShaped(text) &&
    !CREDIT_WORD.test(text) &&
    !BUTTON_WORD.test(text) &&
    !isCommentDateLine(text) &&
    !isCommentChromeLine(text)
  );
};

/**
 * The commenter's name printed beside the comment's date in elements named for nothing: Shopify's Dawn theme writes
 * `footer > span NAME + span > time`, Jimdo `div.com-meta > span "#1" + strong NAME + span "(date)"`. The line holding
 * the date (the date's block itself, or one of the blocks just above it, while short and inside `item`) is searched
 * for a name-shaped leaf that is not the date. Undefined when there is none.
 */
export function authorBesideDate(date: Element, item: Element): Element | undefined {
  let block: Element | null = date;
  for (let level = 0; block && level <= MAX_LEVELS; level++, block = block.parentElement) {
    if (block === item || !item.contains(block) || textOf(block).length > MAX_META_CHARS) return undefined;
    const name = [...block.querySelectorAll('*')].find(
      (element) => isNameLeaf(element) && (block === date || !date.contains(element)),
    );
    if (name) return name;
  }
  return undefined;
}
