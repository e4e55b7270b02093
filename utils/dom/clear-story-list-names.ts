import { dropClassNames } from './drop-class-names';
import { NEGATIVE_NAME } from './readability-names';

/** The story's container around its headline. */
const STORY = 'article, main, [role="main"]';
/** Fewest items a list of the story has: one item alone is a note, not a list. */
const MIN_ITEMS = 2;
/** Fewest characters of each item: a list of the story says something in each item; buttons and tags are a word. */
const MIN_ITEM_CHARS = 20;

/** True when `list` holds items of prose, no links: the story's own list, not a menu, share row or tag list. */
function isProseList(list: Element): boolean {
  const items = [...list.children].filter((child) => child.tagName.toUpperCase() === 'LI');
  return (
    items.length >= MIN_ITEMS &&
    list.getElementsByTagName('a').length === 0 &&
    items.every((item) => (item.textContent ?? '').trim().length >= MIN_ITEM_CHARS)
  );
}

/**
 * Takes Readability's negative class words (among them a component prefix, `com-list`, as La Nación names every
 * block) off the prose lists of the story around the headline, in a page copy
 * before Readability reads it: a list of sentences in the story (no links, every item of some length) is the story's,
 * whatever the site's component names say, and Readability's cleaning drops a list whose name weighs against it.
 * Edits the copy in place; `headline` is the copy's headline element.
 */
export function clearStoryListNames(headline: Element | undefined): void {
  const story = headline?.closest(STORY);
  const negative = NEGATIVE_NAME;
  if (!story || !negative) return;
  for (const list of story.querySelectorAll('ul, ol')) {
    if (!isProseList(list)) continue;
    if (negative.test(list.id)) list.removeAttribute('id');
    dropClassNames(list, (name) => negative.test(name));
  }
}
