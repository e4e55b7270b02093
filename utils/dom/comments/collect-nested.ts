import type { FoundComment } from './found-comment';

/** CSS selectors that say where a comment's parts are, for markup where replies nest inside their parent. */
export interface NestedSelectors {
  item: string;
  author?: string;
  date?: string;
  body: string;
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
 * Reads comments whose replies nest inside the parent's element (WordPress, Disqus, old Reddit, microdata…): the
 * parent of a comment is the nearest enclosing item. Items without body text are dropped (deleted, placeholders).
 * `isItem` overrides the item selector for callers that picked the items themselves.
 */
export function collectNested(region: Element, selectors: NestedSelectors, isItem?: IsItem): FoundComment[] {
  const matchesItem: IsItem = isItem ?? ((element) => element.matches(selectors.item));
  const items = isItem
    ? [...region.querySelectorAll('*')].filter(isItem)
    : [...region.querySelectorAll(selectors.item)];
  const indexOf = new Map<Element, number>();
  const comments: FoundComment[] = [];
  for (const item of items) {
    const body = ownParts(item, selectors.body, matchesItem).filter(hasText);
    if (body.length === 0) continue;
    const parentItem = item.parentElement ? ownerOf(item.parentElement, matchesItem) : undefined;
    const author = selectors.author ? ownParts(item, selectors.author, matchesItem).find(hasText) : undefined;
    const date = selectors.date ? ownParts(item, selectors.date, matchesItem).find(hasText) : undefined;
    indexOf.set(item, comments.length);
    comments.push({
      element: item,
      author: author && !body.some((part) => part.contains(author)) ? author : undefined,
      date: date && !body.some((part) => part.contains(date)) ? date : undefined,
      dateTime:
        date?.getAttribute('datetime') ?? date?.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
      body,
      parentIndex: parentItem ? indexOf.get(parentItem) : undefined,
    });
  }
  return comments;
}
