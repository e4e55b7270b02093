import { retag } from './retag';

/**
 * `<aside>` boxes the page gives ARIA's `note` role: a parenthetic part of the content, not the complementary landmark
 * an `<aside>` otherwise is. MDX and Tailwind blogs write their "Note" and "Tip" callouts so, inside the story.
 */
const NOTE_ASIDES = 'aside[role="note"]';

/**
 * Makes each note `<aside>` a `<div>` in the copy Readability reads, which drops every `<aside>` of the article it
 * picks: a callout's lines are the writer's. Returns each replacement with the aside it stands for (to pair it with
 * the page's element); whether it is furniture is still decided by its names (`isFurnitureElement`).
 */
export function retagNoteAsides(doc: Document): Map<Element, Element> {
  const replaced = new Map<Element, Element>();
  for (const aside of [...doc.querySelectorAll(NOTE_ASIDES)]) replaced.set(retag(aside, 'div'), aside);
  return replaced;
}
