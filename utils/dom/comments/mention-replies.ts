import type { FoundComment } from './found-comment';

/**
 * A reply fetched from Mastodon or Bluesky opens on a link to the profile of the person it answers (`@kirsty_rn`,
 * Mastodon's `a.u-url.mention`), and the comments scripts that print such replies under a post list them flat, each
 * with a link to its writer's profile. A comment that opens on a link to an earlier commenter's profile answers that
 * commenter's latest comment: the page's own evidence, as nesting is, where the text alone ("@kirsty_rn" under a
 * comment by "Kirsty Obi") does not tell.
 */
const MENTION = /^@/;
const TRAILING_SLASH = /\/+$/;

const normalized = (href: string): string => href.trim().replace(TRAILING_SLASH, '').toLowerCase();

/** The profile address the comment's author part links to, if it is or holds one link. */
function authorHref(comment: FoundComment): string | undefined {
  const author = comment.author;
  if (!author) return undefined;
  const link =
    author.closest('a[href]') ??
    (author.querySelectorAll('a[href]').length === 1 ? author.querySelector('a[href]') : null);
  const href = link?.getAttribute('href');
  return href ? normalized(href) : undefined;
}

/** The profile address a comment's text opens on, when its first words are an `@` link. */
function openingMention(comment: FoundComment): string | undefined {
  const first = comment.body[0];
  const link = first?.querySelector('a[href]');
  if (!first || !link) return undefined;
  const linkText = (link.textContent ?? '').trim();
  if (!MENTION.test(linkText) || !(first.textContent ?? '').trim().startsWith(linkText)) return undefined;
  return normalized(link.getAttribute('href') ?? '');
}

/**
 * Comments with a parent where the page lists them flat and a reply opens on a link to an earlier commenter's profile
 * (see above). Comments the page nests, or that open otherwise, are as they were.
 */
export function withMentionParents(comments: readonly FoundComment[]): FoundComment[] {
  if (comments.some((comment) => comment.parentIndex !== undefined)) return [...comments];
  const latestBy = new Map<string, number>();
  return comments.map((comment, index) => {
    const mention = openingMention(comment);
    const parentIndex = mention === undefined ? undefined : latestBy.get(mention);
    const href = authorHref(comment);
    if (href !== undefined) latestBy.set(href, index);
    return parentIndex === undefined ? comment : { ...comment, parentIndex };
  });
}
