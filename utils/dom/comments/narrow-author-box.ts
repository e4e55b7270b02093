import { textOf } from '../text-of';
import { CREDIT_WORD } from './author-beside-date';

/**
 * A fediverse handle: `@name` or `@name@instance` (Mastodon, and every ActivityPub server), or a Bluesky handle
 * (`@name.bsky.social`). Comment scripts that print toots and skeets beside the display name write it as its own span.
 */
const HANDLE = /^@[\w.-]+(?:@[\w.-]+)?$/;

const hasText = (element: Element): boolean => textOf(element).length > 0;

/**
 * The part of a comment's author box that names the author. A box named `author` may hold the comment's date link too
 * (the Mastodon comments script of Hugo and Jekyll blogs: `div.author > a[profile] + a.date`): its first part with text
 * that is neither the date nor a credit word set apart ("by") names the author. And a profile link whose spans are the
 * display name and the handle, written without a space between them ("Kirsty Obi@kirsty_rn@mastodon.social"), names the
 * author by its first span that is not a handle. Any other box is the author as it is.
 */
export function narrowAuthorBox(author: Element, date: Element | undefined): Element {
  let name = author;
  if (date && author.contains(date)) {
    const first = [...author.children].find(
      (child) => hasText(child) && child !== date && !child.contains(date) && !CREDIT_WORD.test(textOf(child)),
    );
    if (!first) return author;
    name = first;
  }
  const parts = [...name.children].filter(hasText);
  if (parts.length < 2 || !parts.some((part) => HANDLE.test(textOf(part)))) return name;
  return parts.find((part) => !HANDLE.test(textOf(part))) ?? name;
}
