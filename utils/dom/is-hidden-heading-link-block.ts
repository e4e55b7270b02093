import { isVisuallyHidden } from './is-headline-hidden-label';
import { isMostlyLinks } from './is-mostly-links';

const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
/** Tags that hold the story itself: never furniture by this rule. */
const STORY_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY']);

/**
 * True for a block that opens with a heading printed for screen readers only (`<h2 class="sr-only">Topics</h2>`,
 * `<h2 class="visually-hidden">Related stories</h2>`) over nothing but links: accessible templates (Drupal core,
 * WordPress, Tailwind and Bootstrap sites) label every landmark so — a topic row, a related-links strip, a footer
 * menu. A sighted reader sees only the links. A section of the story under a hidden heading holds prose, which is not
 * mostly links, and stays.
 */
export function isHiddenHeadingLinkBlock(element: Element): boolean {
  if (STORY_TAGS.has(element.tagName.toUpperCase())) return false;
  const heading = element.firstElementChild;
  if (!heading || !HEADINGS.has(heading.tagName.toUpperCase()) || !isVisuallyHidden(heading)) return false;
  const rest = [...element.children].slice(1);
  if (rest.length === 0) return false;
  return rest.every((child) => (child.textContent ?? '').trim().length === 0 || isMostlyLinks(child));
}
