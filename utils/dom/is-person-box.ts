import { holdsBioProse } from './is-author-box';
import { isPhrasing } from './phrasing-tags';

/**
 * The type schema.org microdata gives a person (`itemscope itemtype="https://schema.org/Person"`), as author box
 * plugins (Molongui's `m-a-box-profile`) and themes mark the writer's profile under a post.
 */
const PERSON_TYPE = /^https?:\/\/schema\.org\/Person$/i;

/**
 * True for a block the page marks up as a person that holds prose about them: the writer's profile under the story,
 * whatever its class names (hashed, or a plugin's own) and whatever tag holds it (a theme's `<footer>` or a plain
 * `<div>`). The page declares it a person, not the story, so it is left out however long the bio is beside a short
 * story. Never a byline (`<span itemprop="author" itemscope …>`, short, no sentence), nor a block holding the page's
 * headline (a profile page, or a death notice marked up as its subject).
 */
export function isPersonBox(element: Element): boolean {
  if (isPhrasing(element) || !PERSON_TYPE.test(element.getAttribute('itemtype')?.trim() ?? '')) return false;
  return element.querySelector('h1') === null && holdsBioProse(element);
}

/** The blocks microdata types: the nearest around an element is read for its type. */
const TYPED = '[itemtype]';

/**
 * True when `element` is a person's profile (`isPersonBox`) or lies in one, one that does not hold `story` (the block
 * read as the story, when known): Readability merges a profile's wrappers, so its blocks come out under the names of
 * the profile's inner `<div>`s.
 */
export function inPersonBox(element: Element, story?: Element): boolean {
  for (let at = element.closest(TYPED); at; at = at.parentElement?.closest(TYPED) ?? null) {
    if (isPersonBox(at)) return !story || !at.contains(story);
  }
  return false;
}
