import { isVisuallyHidden } from './is-headline-hidden-label';

/** Subheading tags: the page's `<h1>` is its headline, which the header reader looks for, and is left alone. */
const SUBHEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * True for a subheading printed for screen readers only (`<h2 class="screen-reader-text">Reader Interactions</h2>`,
 * `<h2 class="sr-only">Post navigation</h2>`; see `isVisuallyHidden` for the class names): accessible templates name
 * each region after the story so for assistive technology — Genesis writes "Reader Interactions" over the comments
 * of every post, WordPress core "Post navigation" over the previous and next links. A sighted reader never sees it, so
 * it is no heading of the story, whose own subheadings are printed; read as text it was left as the body's last line
 * once the region under it had gone as furniture.
 */
export function isHiddenHeading(element: Element): boolean {
  return SUBHEADINGS.has(element.tagName.toUpperCase()) && isVisuallyHidden(element);
}
