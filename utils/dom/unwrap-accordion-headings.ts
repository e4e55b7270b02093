import { textOf } from './text-of';

/**
 * The toggle inside an accordion's heading, as the WAI-ARIA accordion pattern builds it and FAQ blocks, explainers
 * and CMS accordions follow it: `<h3><button aria-expanded="false" aria-controls="panel-1">Question?</button></h3>`.
 */
const ACCORDION_TOGGLES =
  'h2 > button[aria-expanded], h3 > button[aria-expanded], h4 > button[aria-expanded], h5 > button[aria-expanded], h6 > button[aria-expanded], h2 > button[aria-controls], h3 > button[aria-controls], h4 > button[aria-controls], h5 > button[aria-controls], h6 > button[aria-controls]';

/**
 * Takes the toggle buttons out of accordion headings in Readability's copy, keeping their text in the heading:
 * Readability drops every `<button>`, and an FAQ accordion's questions (the heading over each answer) went with them,
 * leaving the answers without their questions. Only a toggle that is the whole heading: a heading with a button
 * beside its text (a "Share" or "Copy link" button) keeps it, for Readability to drop.
 */
export function unwrapAccordionHeadings(root: ParentNode): void {
  for (const button of [...root.querySelectorAll(ACCORDION_TOGGLES)]) {
    const heading = button.parentElement;
    if (!heading || textOf(heading) !== textOf(button) || textOf(button).length === 0) continue;
    while (button.firstChild) heading.insertBefore(button.firstChild, button);
    button.remove();
  }
}
