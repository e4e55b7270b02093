import { HEADINGS_SELECTOR } from './heading-tags';
/**
 * Longest text of a row around a follow button that is read as a control row (a game's or topic's name and its
 * button, "Cinderwick PC Follow"), in characters: a longer block holding one is prose or the box around it.
 */
const MAX_ROW_CHARS = 60;
/** Sentence punctuation: a row of controls is names and labels, not a sentence. */
const SENTENCE_MARK = /[.!?:;]/;
/** A follow button's label: "Follow", "+ Follow", "Follow topic", "Following". */
const FOLLOW_LABEL = /^\+?\s*(?:follow(?:ing)?|unfollow)(?:\s+(?:topic|game|author|writer|series|this))?$/i;

/**
 * A test for elements of `doc` that are a short row around a follow button: the game-info or topic row closing a
 * story ("Cinderwick PC Follow"), which a template builds with a `<button>` and no telling class. Only follow
 * buttons: a header toolbar's "Share"/"Save" buttons sit among lines the header reader needs. The ancestors of every
 * such button are collected once, so each test is a set lookup plus the element's text; a long paragraph or a post's
 * block holding one stays (the text is too long), and so does a heading.
 */
export function followRowTest(doc: Document): (element: Element) => boolean {
  const holders = new Set<Element>();
  for (const button of [...doc.getElementsByTagName('button')]) {
    if (!FOLLOW_LABEL.test((button.textContent ?? '').trim())) continue;
    for (let element: Element | null = button; element && !holders.has(element); element = element.parentElement) {
      holders.add(element);
    }
  }
  return (element) => {
    if (!holders.has(element)) return false;
    const text = (element.textContent ?? '').trim();
    if (text.length > MAX_ROW_CHARS || SENTENCE_MARK.test(text)) return false;
    // A subheading may carry a button and is still the story's.
    return !element.matches(HEADINGS_SELECTOR) && element.querySelector(HEADINGS_SELECTOR) === null;
  };
}
