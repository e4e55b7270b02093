import { classNames, nameWords } from './class-names';
import { textOf } from './text-of';

/**
 * Words that name the block around a headline: `article-header`, `entry-header`, `content-header`, Condé Nast's
 * `SplitScreenContentHeaderWrapper` (read as words), `ContentHeader` test ids, and `article-head`.
 */
const HEADER = /(?:^|[-_\s])head(?:er)?(?:$|[-_\s])/i;
/**
 * A block named for the headline (`article-headline`, `headline-wrap`) is the header when it holds more than the
 * headline: the wrapper some WordPress themes put around headline, byline, date and share row.
 */
const HEADLINE = /(?:^|[-_\s])headline(?:$|[-_\s])/i;
/** Elements that hold the whole story, never only its header. */
const STORY_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);
/** Ancestors of the headline looked at: the header block sits right around it. */
const MAX_DEPTH = 4;

const names = (element: Element): string =>
  [classNames(element), nameWords(element.id), nameWords(element.getAttribute('data-testid') ?? '')].join(' ');

const namesHeader = (element: Element, headline: Element): boolean =>
  element.tagName.toUpperCase() === 'HEADER' ||
  HEADER.test(names(element)) ||
  (HEADLINE.test(names(element)) && textOf(element).trim() !== textOf(headline).trim());

/**
 * The block around the headline named as the page's header (`<header>`, or a block named header), whatever it holds:
 * the nearest such ancestor, within a few levels and never the story's own `<article>` or `<main>`.
 */
export function headerAround(headline: Element): Element | undefined {
  let element = headline.parentElement;
  for (let depth = 0; element && depth < MAX_DEPTH; depth++, element = element.parentElement) {
    if (STORY_TAGS.has(element.tagName.toUpperCase())) return undefined;
    if (namesHeader(element, headline)) return element;
  }
  return undefined;
}

/**
 * The page's header block around the headline (`headerAround`), when it does not also hold the story's first
 * paragraph (`story`): rubric, headline, dek, byline, date, a review's score box and info list. Readability
 * sometimes keeps it as the top of the article; its lines are the header's, read as a header is read.
 */
export function headerBlock(headline: Element, story: Element | undefined): Element | undefined {
  // Without the story's first paragraph there is nothing to tell the header from the story.
  if (!story) return undefined;
  const header = headerAround(headline);
  return header && !header.contains(story) ? header : undefined;
}
