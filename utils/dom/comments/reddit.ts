import { collectNested } from './collect-nested';
import type { FoundComment, FoundComments } from './found-comment';

/** Old Reddit: `.thing.comment` with replies inside `.child`, text in `.usertext-body .md`. */
const OLD = {
  item: '.thing.comment',
  author: ['.tagline .author'],
  date: ['.tagline time'],
  body: '.entry .usertext-body .md, .entry .md',
};

/** New Reddit's `shreddit-comment` elements: nested, with `author` and `depth` attributes. */
function findNewReddit(doc: Document): FoundComments | undefined {
  const items = [...doc.querySelectorAll('shreddit-comment')];
  if (items.length === 0) return undefined;
  const region = doc.querySelector('shreddit-comment-tree') ?? items[0]?.parentElement;
  if (!region) return undefined;
  const indexOf = new Map<Element, number>();
  const comments: FoundComment[] = [];
  for (const item of items) {
    const body = [...item.querySelectorAll('[slot="comment"]')].filter((el) => el.closest('shreddit-comment') === item);
    if (body.length === 0) continue;
    const parent = item.parentElement?.closest('shreddit-comment');
    const time = [...item.querySelectorAll('time, faceplate-timeago')].find(
      (el) => el.closest('shreddit-comment') === item,
    );
    indexOf.set(item, comments.length);
    comments.push({
      element: item,
      authorName: item.getAttribute('author') ?? undefined,
      date: time,
      dateTime: time?.getAttribute('datetime') ?? time?.getAttribute('ts') ?? item.getAttribute('created') ?? undefined,
      body,
      parentIndex: parent ? indexOf.get(parent) : undefined,
    });
  }
  return comments.length > 0 ? { system: 'reddit', region, comments } : undefined;
}

/** Reddit comment trees, new markup first (it is what Reddit serves today), then the old one. */
export function findReddit(doc: Document): FoundComments | undefined {
  const modern = findNewReddit(doc);
  if (modern) return modern;
  const region = doc.querySelector('.commentarea') ?? doc.querySelector('.nestedlisting');
  if (!region) return undefined;
  const comments = collectNested(region, OLD);
  return comments.length > 0 ? { system: 'reddit', region, comments } : undefined;
}
