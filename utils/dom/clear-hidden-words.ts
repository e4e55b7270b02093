import { dropClassNames } from './drop-class-names';

/**
 * Class names with "hidden" in them that hide nothing: Drupal's `field--label-hidden` (Drupal 7: `field-label-hidden`)
 * says the field's label is not printed, and is on nearly every field, the body's included; `overflow-hidden` (and
 * `overflow-x-hidden`) clips a box's overflow. Readability weighs any name holding "hidden" as unlikely content.
 */
const NOT_HIDING = /^(?:[\w-]*label-hidden|overflow(?:-[xy])?-hidden)$/i;

/**
 * Takes the class names that say "hidden" but hide nothing out of a page copy before Readability reads it: it scores
 * a block down 25 for the word, and a story split into several Drupal fields (the Paragraphs module's text blocks)
 * then loses to a newsletter box beside it. Edits `doc` in place; meant for the clone Readability reads.
 */
export function clearHiddenWords(doc: Document): void {
  for (const element of doc.querySelectorAll('[class*="hidden" i]')) {
    dropClassNames(element, (name) => NOT_HIDING.test(name));
  }
}
