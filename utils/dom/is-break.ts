import { nextNonBlank } from './non-blank-from';

/** True for a line break (`<br>`). */
export const isBreak = (node: Node | null | undefined): boolean => node?.nodeName.toUpperCase() === 'BR';

/**
 * True when `node` is a `<br>` with another right after it, past white space only: a paragraph break, as a story set in
 * runs of text prints it (`First paragraph.<br><br>Second one.`). One `<br>` alone is a line break within a paragraph.
 */
export const opensBreakRun = (node: Node): boolean => isBreak(node) && isBreak(nextNonBlank(node));

/** True when `element` sets a paragraph break anywhere in it: it holds several paragraphs, not one. */
export function holdsParagraphBreak(element: Element): boolean {
  for (const br of element.querySelectorAll('br')) if (opensBreakRun(br)) return true;
  return false;
}
