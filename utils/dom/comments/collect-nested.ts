import { isCommentChromeLine } from '../is-comment-chrome-line';
import { isQuotedPart } from './is-quoted-part';
import type { FoundComment } from './found-comment';
import { runSteps, type Steps } from '../../steps/steps';

/** CSS selectors that say where a comment's parts are, for markup where replies nest inside their parent. */
export interface NestedSelectors {
  item: string;
  /** Where the author's name is, most specific first: the first that matches wins. */
  author?: readonly string[];
  /** Where the date is, most specific first. */
  date?: readonly string[];
  body: string;
  /** The text's parts when none matches `body` (see `unnamedCommentBody`); without it such an item is dropped. */
  unnamedBody?: (item: Element) => Element[];
}

/** Tells whether an element is one comment's own element. */
type IsItem = (element: Element) => boolean;

/** The nearest comment element at or above `element`. */
function ownerOf(element: Element, isItem: IsItem): Element | undefined {
  for (let at: Element | null = element; at; at = at.parentElement) if (isItem(at)) return at;
  return undefined;
}

/** Every match of `selector` under `item` that belongs to `item` itself (not to a nested reply), outermost only. */
export function ownParts(item: Element, selector: string, isItem: IsItem): Element[] {
  const parts: Element[] = [];
  for (const candidate of item.querySelectorAll(selector)) {
    if (ownerOf(candidate, isItem) !== item) continue;
    if (parts.some((part) => part.contains(candidate))) continue;
    parts.push(candidate);
  }
  return parts;
}

const hasText = (element: Element): boolean => (element.textContent ?? '').trim().length > 0;

/**
 * The first own part with text, trying `selectors` in order (so `.fn` beats its wrapper `.comment-author`). A part
 * that wraps the comment's text is not a name or date line (a theme's `.commentmetadata` around the whole comment),
 * nor is one that only holds furniture (an avatar box whose text is a "Profile" link), nor one in a quotation of
 * another post ("Zitat von hessenbub" over the quoted words).
 */
function firstOwnPart(
  item: Element,
  selectors: readonly string[],
  isItem: IsItem,
  body: readonly Element[],
): Element | undefined {
  const wrapsBody = (part: Element): boolean => body.some((text) => part.contains(text));
  const usable = (part: Element): boolean =>
    hasText(part) && !wrapsBody(part) && !isCommentChromeLine(part.textContent ?? '') && !isQuotedPart(part, item);
  for (const selector of selectors) {
    const part = ownParts(item, selector, isItem).find(usable);
    if (part) return part;
  }
  return undefined;
}

/**
 * Reads comments whose replies nest inside the parent's element (WordPress, Disqus, old Reddit, microdata…): the
 * parent of a comment is the nearest enclosing item. Items without body text are dropped (deleted, placeholders).
 * `isItem` overrides the item selector for callers that picked the items themselves.
 */
export function collectNested(region: Element, selectors: NestedSelectors, isItem?: IsItem): FoundComment[] {
  return runSteps(collectNestedSteps(region, selectors, isItem));
}

/** `collectNested` step by step (see `Steps`): one step per item read. */
export function* collectNestedSteps(
  region: Element,
  selectors: NestedSelectors,
  isItem?: IsItem,
): Steps<FoundComment[]> {
  const matchesItem: IsItem = isItem ?? ((element) => element.matches(selectors.item));
  const items = isItem
    ? [...region.querySelectorAll('*')].filter(isItem)
    : [...region.querySelectorAll(selectors.item)];
  const indexOf = new Map<Element, number>();
  const comments: FoundComment[] = [];
  for (const item of items) {
    yield;
    const named = ownParts(item, selectors.body, matchesItem).filter(hasText);
    const body = named.length > 0 || !selectors.unnamedBody ? named : selectors.unnamedBody(item);
    if (body.length === 0) continue;
    const parentItem = item.parentElement ? ownerOf(item.parentElement, matchesItem) : undefined;
    const author = selectors.author ? firstOwnPart(item, selectors.author, matchesItem, body) : undefined;
    const date = selectors.date ? firstOwnPart(item, selectors.date, matchesItem, body) : undefined;
    indexOf.set(item, comments.length);
    comments.push({
      element: item,
      // Some themes put the name and date inside the text's wrapper: they are written on their own lines and
      // skipped in the text, so they are kept unless they are a whole body part.
      author: author && !body.includes(author) ? author : undefined,
      date: date && !body.includes(date) ? date : undefined,
      dateTime:
        date?.getAttribute('datetime') ?? date?.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
      body,
      parentIndex: parentItem ? indexOf.get(parentItem) : undefined,
    });
  }
  return comments;
}
