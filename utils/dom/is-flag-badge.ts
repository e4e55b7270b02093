import { classNames } from './class-names';
import { lineWithin } from './text-within';
import { isHeadingElement } from './heading-tags';

/**
 * A badge named as such by its class words (`new-badge`, `premium-badge`, `product-card__badge`, a CSS module's
 * `styles_newBadge__x` read as `new-badge`).
 */
const BADGE_NAME = /(?:^|[-_\s])badge(?:$|[-_\s])/i;
/** A badge is a word or three ("New to the guide", "Premium", "Best overall"): characters other than spaces. */
const MAX_BADGE_CHARS = 24;
/** A sentence inside: a stop, question or exclamation mark followed by more words. */
const SENTENCE = /[.!?]\s+\S/u;

/**
 * True for a flag a template pins on a card or a story ("New to the guide" on a guide's entry, "Premium", "Exclusive",
 * "Best overall" over a product): a short block named a badge by its class, a label and no sentence. It marks the
 * entry, as a kicker does, and is not a line of the story.
 */
export function isFlagBadge(element: Element): boolean {
  // A heading is the story's line whatever its class says: a template that names a subheading "badge" still prints
  // it as a heading.
  if (isHeadingElement(element)) return false;
  if (!BADGE_NAME.test(classNames(element))) return false;
  const text = lineWithin(element, MAX_BADGE_CHARS);
  return text !== undefined && text.length > 0 && !SENTENCE.test(text);
}
