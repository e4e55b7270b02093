import { lineWithin, textWithin } from './text-within';

const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** A label's element holds at most this many elements (`<p><strong>Why trust us</strong></p>`); more is a wrapper. */
const MAX_LABEL_ELEMENTS = 2;

/**
 * The text of a short box (a `div`, `section` or `aside` of at most `maxBoxChars` characters other than spaces) whose
 * first child, with more after it, is a label `isLabel` takes (at most `maxLabelChars`); else undefined. Every box on
 * the page is asked: the label is read only within a label's length, the box within its budget.
 */
export function labelledBoxText(
  element: Element,
  isLabel: (label: string) => boolean,
  maxLabelChars: number,
  maxBoxChars: number,
): string | undefined {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return undefined;
  const first = element.firstElementChild;
  if (!first || first.nextElementSibling === null || first.childElementCount > MAX_LABEL_ELEMENTS) return undefined;
  const label = lineWithin(first, maxLabelChars);
  if (label === undefined || !isLabel(label)) return undefined;
  return textWithin(element, maxBoxChars);
}
