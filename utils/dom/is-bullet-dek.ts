import { isDekText } from './dek-text';
import { isBoilerplateLine } from './is-boilerplate-line';
import { textOf } from './text-of';

/** A dek set as bullets has this many items at the least (one bullet may be the story's own list) … */
const MIN_ITEMS = 2;
/** … and at most this many: a longer list is a menu, a table of contents or the story's own list. */
const MAX_ITEMS = 4;
/** Words a bullet of a dek has at most: a longer item is a paragraph of the story. */
const MAX_ITEM_WORDS = 40;
const LIST_TAGS = new Set(['UL', 'OL']);
const SPACES = /\s+/g;

/**
 * True for a list of two to four short summary bullets with no link in it, the shape of a dek a business or wire
 * template prints as bullets (Bloomberg's abstract, Business Insider's key points); where it stands is for the caller
 * to check. A menu (links), a table of contents (links) or a list of long paragraphs is not one. A last bullet that is
 * a furniture line (a link to the site's home page) is left out of the count. A single bullet is one when the page's
 * `description` repeats it word for word (a Sri Lankan daily's one-line highlight).
 */
export function isBulletDek(element: Element, description?: string): boolean {
  if (!LIST_TAGS.has(element.tagName.toUpperCase())) return false;
  // A furniture line set as the list's last bullet (Business Insider's "Visit Business Insider's homepage for more
  // stories" link under its key points) is the site's, not the summary's: the rest of the list is read without it.
  const items = Array.from(element.children);
  const last = items.at(-1);
  if (last && items.length > MIN_ITEMS && isBoilerplateLine(textOf(last))) items.pop();
  if (items.some((item) => item.querySelector('a'))) return false;
  const described =
    items.length === 1 && items[0] !== undefined && description?.replace(SPACES, ' ').trim() === textOf(items[0]);
  if ((items.length < MIN_ITEMS && !described) || items.length > MAX_ITEMS) return false;
  return items.every((item) => {
    const text = textOf(item);
    return item.tagName.toUpperCase() === 'LI' && text.split(' ').length <= MAX_ITEM_WORDS && isDekText(text);
  });
}
