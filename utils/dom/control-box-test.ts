/** Form controls a sign-up, search or poll box is built around (not buttons: a post may hold a "show more" one). */
const CONTROL_TAGS = ['form', 'input', 'textarea'];

/**
 * An element holding a control and at most this many characters of text is that control's box (a newsletter
 * sign-up, "enter your email below"), not prose: the longest such box on the Dragnet dev pages is about 300.
 */
const MAX_BOX_CHARS = 400;
/**
 * A form set apart from the story as an embed of its own (a `<figure>`, `<aside>` or `<details>`) holds a reader
 * call-out's whole text: the Guardian's "Share your experience" callout, a Hearken or tip form with its question, its
 * labelled fields and their hints, the consent note and a WhatsApp line run past 1,000 characters. Such an embed is
 * never the story's own block, which is no figure, aside or disclosure; past this (characters, as `isPageForm`'s
 * bound) it holds more than a form's text.
 */
const MAX_EMBED_BOX_CHARS = 2000;
/** The tags a template sets an embedded form's box in, apart from the story's blocks. */
const EMBED_TAGS = new Set(['FIGURE', 'ASIDE', 'DETAILS']);

/**
 * A test for elements of `doc` that are the box around a form control: a newsletter sign-up ("Don't miss a post!
 * Subscribe …" beside an email field), a search or poll box, or a reader call-out form embedded in a figure, aside or
 * disclosure (see `MAX_EMBED_BOX_CHARS`). The ancestors of every control are collected once, so each test is a set
 * lookup plus the element's text length.
 */
export function controlBoxTest(doc: Document): (element: Element) => boolean {
  const holders = new Set<Element>();
  // Tag lookups, not a selector: DOM libraries parse and compile a selector string on each query.
  const controls = CONTROL_TAGS.flatMap((tag) => [...doc.getElementsByTagName(tag)]);
  for (const control of controls) {
    if (control.getAttribute('type')?.toLowerCase() === 'hidden') continue;
    for (let element: Element | null = control; element && !holders.has(element); element = element.parentElement) {
      holders.add(element);
    }
  }
  const isBox = (element: Element): boolean =>
    holders.has(element) &&
    (element.textContent ?? '').trim().length <=
      (EMBED_TAGS.has(element.tagName.toUpperCase()) ? MAX_EMBED_BOX_CHARS : MAX_BOX_CHARS);
  return (element) => isBox(element) || isBoxText(element, holders, isBox);
}

/**
 * True when `element` is the text half of a control box: its parent is the box, and every sibling of it holds a
 * control (a petition's "Protect our oceans – add your name" heading and blurb in one block, the form beside it).
 * Readability drops the form from its copy and then, the box holding one block only, puts that block in the box's
 * place (`_simplifyNestedElements`): the copy's block stands for the heading's block of the page, which holds no
 * control itself, so it is judged by the box around it.
 */
function isBoxText(element: Element, holders: ReadonlySet<Element>, isBox: (element: Element) => boolean): boolean {
  const parent = element.parentElement;
  if (!parent || holders.has(element) || !isBox(parent)) return false;
  for (let at = parent.firstElementChild; at; at = at.nextElementSibling) {
    if (at !== element && !holders.has(at)) return false;
  }
  return true;
}
