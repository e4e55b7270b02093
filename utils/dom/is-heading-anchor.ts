import { isHeadingElement } from './heading-tags';
/**
 * The marks a permalink shows instead of words: "#", "¶", "§", a link or chain sign, or a zero-width space
 * (Docusaurus writes `<a class="hash-link">&#8203;</a>` into every heading and draws the "#" with CSS; `trim()` keeps
 * the zero-width space, which then ended the subheading's text).
 */
const PERMALINK_MARK = /^[#¶§🔗⚓\u200B\u2060]*$/u;
const SPACES = /\s+/g;

/** An element's text with its whitespace collapsed. */
const words = (text: string): string => text.replace(SPACES, ' ').trim();

/**
 * True for a heading's own permalink (`<h2>Results<a href="#results"><span class="sr-only">Results</span></a></h2>`):
 * a link to a section of the page inside a heading, showing only a mark ("#", "¶") or repeating the heading's words for
 * screen readers. Read as text, it doubles the subheading ("ResultsResults") or leaves a "¶" on it. A link in a
 * heading to another page, or one holding the heading's only words, is the heading itself.
 */
export function isHeadingAnchor(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'A' || !(element.getAttribute('href') ?? '').startsWith('#')) return false;
  const heading = element.parentElement?.closest('h1, h2, h3, h4, h5, h6');
  // Section headings, where a permalink to the section sits beside the heading's words.
  if (!heading || !isHeadingElement(heading)) return false;
  const own = words(element.textContent ?? '');
  if (PERMALINK_MARK.test(own)) return true;
  const whole = words(heading.textContent ?? '');
  // The heading's words once without the link: the link repeats them only when the rest says the same.
  const rest = words(whole.replace(own, ''));
  return rest.length > 0 && rest.replace(SPACES, '') === own.replace(SPACES, '');
}
