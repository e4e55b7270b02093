import { boxLabel } from './box-label';
import { textWithin } from './text-within';

/**
 * The text of a short box (a `div`, `section` or `aside` of at most `maxBoxChars` characters other than spaces) that
 * opens on a label `isLabel` takes (`boxLabel`, at most `maxLabelChars`); else undefined. Every box on the page is
 * asked: the label is read only within a label's length, the box within its budget.
 */
export function labelledBoxText(
  element: Element,
  isLabel: (label: string) => boolean,
  maxLabelChars: number,
  maxBoxChars: number,
): string | undefined {
  const label = boxLabel(element, maxLabelChars);
  if (label === undefined || !isLabel(label)) return undefined;
  return textWithin(element, maxBoxChars);
}
