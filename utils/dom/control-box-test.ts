/** Form controls a sign-up, search or poll box is built around (not buttons: a post may hold a "show more" one). */
const CONTROLS = 'form, input:not([type="hidden"]), textarea';
/**
 * An element holding a control and at most this many characters of text is that control's box (a newsletter
 * sign-up, "enter your email below"), not prose: the longest such box on the Dragnet dev pages is about 300.
 */
const MAX_BOX_CHARS = 400;

/**
 * A test for elements of `doc` that are the box around a form control: a newsletter sign-up ("Don't miss a post!
 * Subscribe …" beside an email field), a search or poll box. The ancestors of every control are collected once,
 * so each test is a set lookup plus the element's text length.
 */
export function controlBoxTest(doc: Document): (element: Element) => boolean {
  const holders = new Set<Element>();
  for (const control of doc.querySelectorAll(CONTROLS)) {
    for (let element: Element | null = control; element && !holders.has(element); element = element.parentElement) {
      holders.add(element);
    }
  }
  return (element) => holders.has(element) && (element.textContent ?? '').trim().length <= MAX_BOX_CHARS;
}
