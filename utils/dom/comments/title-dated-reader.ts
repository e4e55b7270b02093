import { collectNested, type NestedSelectors } from './collect-nested';
import type { FoundComments } from './found-comment';

/**
 * A reader for a comment system known by its own markup (the same on every site that runs it): the section at
 * `region`, comments nesting their replies (see `collectNested`), and each date's machine form in the date element's
 * `title` (wpDiscuz's "April 14, 2026 8:02 am" over "3 hours ago", DokuWiki's `abbr.published`).
 */
export function titleDatedReader(
  system: string,
  region: string,
  selectors: NestedSelectors,
): (doc: Document) => FoundComments | undefined {
  return (doc) => {
    const section = doc.querySelector(region);
    if (!section) return undefined;
    const comments = collectNested(section, selectors);
    if (comments.length === 0) return undefined;
    for (const comment of comments) comment.dateTime ??= comment.date?.getAttribute('title') ?? undefined;
    return { system, region: section, comments };
  };
}
