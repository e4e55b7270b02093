import { hasTextAfter } from './is-heading-over-furniture';
import { linkShare } from './link-text';
import { isSponsoredLinksHeading } from './sponsored-links-heading';
import { textOf } from './text-of';
import { lineWithin } from './text-within';

/** A widget's label is a few words (characters); a longer block is more than the label. */
const MAX_LABEL_CHARS = 40;
/** A card with at least this share of link text is a link (a teaser), not the story's prose. */
const MIN_CARD_LINK_SHARE = 0.5;

/** True when `original` has blocks with text after it and every one is a link card. */
function headsLinkCards(original: Element): boolean {
  let cards = 0;
  for (let sibling = original.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    if (textOf(sibling).length === 0) continue;
    if (linkShare(sibling) < MIN_CARD_LINK_SHARE) return false;
    cards++;
  }
  return cards > 0;
}

/**
 * True for a recommendation widget's label ("Promoted Stories", "Around the Web") left alone in Readability's copy:
 * `element` (in the copy) has nothing after it, while on the page (`original`) link cards follow it. Readability takes
 * a widget's link-dense cards out and keeps its label, which then reads as a subheading of the story; with the cards
 * still there, the line rules drop the label and its links together (`headedLinkBlocks`).
 */
export function isOrphanWidgetLabel(element: Element, original: Element): boolean {
  // Read within the label's budget: every block of the copy is asked.
  const text = lineWithin(element, MAX_LABEL_CHARS);
  if (!text || !isSponsoredLinksHeading(text)) return false;
  return !hasTextAfter(element) && headsLinkCards(original);
}
