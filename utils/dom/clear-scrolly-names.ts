import { dropClassNames } from './drop-class-names';

/**
 * The names scrollytelling templates give the section that pins a graphic while the story's text scrolls past it in
 * step boxes: `scrolly` and `scrollytelling` (newsrooms' graphics kits, The Pudding), `scrollama` (the library most of
 * them use), Shorthand's `Theme-ScrollmationSection`, and the steps' `scroll-step`, `scroll-text`, `scrollstory`. Not
 * "scroll" alone or in other words (`infinite-scroll`, `scroll-indicator`, `scroll-to-top`): those name page
 * machinery.
 */
const SCROLLY_NAME = /scroll(?:y|ama|mation|[-_]?(?:story|stories|steps?|text|graphic))/i;
/** A step box tells the story in a sentence: a paragraph of this many characters at least. */
const MIN_STEP_CHARS = 40;
const SENTENCE_END = /[.!?]["'”’)]?\s*$/;
/** The elements whose class or id may hold such a name (an attribute search, one per page copy). */
const CANDIDATES = '[class*="scroll" i], [id*="scroll" i]';

/** True when a block's text is a sentence of some length. */
function isStepSentence(block: Element): boolean {
  const text = (block.textContent ?? '').trim();
  return text.length >= MIN_STEP_CHARS && SENTENCE_END.test(text);
}

/**
 * True when `element` holds a paragraph of the story: a sentence of some length, in a `<p>` or in a `<div>` holding
 * no `<p>` (a step box whose template writes its paragraph as a `<div>`, or as text closed by line breaks).
 */
function holdsStepText(element: Element): boolean {
  for (const block of element.querySelectorAll('p, div')) {
    const paragraph = block.tagName.toUpperCase() === 'P' || block.querySelector('p') === null;
    if (paragraph && isStepSentence(block)) return true;
  }
  return false;
}

/**
 * Takes the scrollytelling names off a page copy's blocks that hold the story's step text, before Readability reads
 * it. Readability weighs "scroll" against a block and its cleaning drops such a block whatever it holds, so a
 * scrollytelling section built of `<div>`s (a graphics desk's `div.scrolly`, Shorthand's scrollmation) lost every step
 * of the story's text to it, while the same section as a `<section>`, which the cleaning does not test, kept them.
 * Only the names that say scrollytelling go (see `SCROLLY_NAME`). Edits the copy in place.
 */
export function clearScrollyNames(clone: Document): void {
  for (const element of clone.querySelectorAll(CANDIDATES)) {
    const named = SCROLLY_NAME.test(element.getAttribute('class') ?? '') || SCROLLY_NAME.test(element.id);
    if (!named || !holdsStepText(element)) continue;
    dropClassNames(element, (name) => SCROLLY_NAME.test(name));
    if (SCROLLY_NAME.test(element.id)) element.removeAttribute('id');
  }
}
