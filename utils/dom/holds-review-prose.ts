import { ownRuns } from './own-runs';
import { proseParagraphs } from './prose-paragraphs';

/**
 * A paragraph of a buying guide's own review: at least this many characters. A commerce card's blurb, price line or
 * disclaimer is a line or two (at most about 150 characters on Wirecutter-, HuffPost-, Insider- and Us Weekly-type
 * cards), while guides that build each product's whole section as a card (USA Today Reviewed- and CNN
 * Underscored-type `product-card` sections: badge, name, price buttons, then the review) hold paragraphs of several
 * sentences.
 */
const MIN_REVIEW_PARAGRAPH_CHARS = 200;

/** The class words of a commerce card (`product-card`, `product-card__content`), as the furniture table names them. */
const PRODUCT_CARD_NAME = /(?:^|[-_\s])product-?cards?(?=$|[-_\s])/gi;

/**
 * True when a box holds the guide's own review prose: a paragraph of at least `MIN_REVIEW_PARAGRAPH_CHARS` characters,
 * however the template sets it (a `<p>`, a text-only `<div>`, a run closed by `<br>`s: see `proseParagraphs`). Such a
 * "card" is the product's section of the story, not a card repeating it.
 */
export function holdsReviewProse(element: Element): boolean {
  // The box read whole as one text block is its own line (a long row of shop names), not a paragraph inside it.
  const wholeBox = !ownRuns(element).broken;
  for (const { block, text } of proseParagraphs(element))
    if (!(block === element && wholeBox) && text.length >= MIN_REVIEW_PARAGRAPH_CHARS) return true;
  return false;
}

/** Class and component names without their commerce-card words, to test what else they say. */
export function withoutProductCardNames(names: string): string {
  return names.replace(PRODUCT_CARD_NAME, ' ');
}
