import { readCountLine } from '../../page/read-count-line';
import { textLabels } from '../text-labels';

/** A count line is short (`readCountLine` reads at most 40 characters); longer text is not worth reading as one. */
const MAX_LABEL_CHARS = 40;
/** A count inside a control is the control's ("Comments (4)" on a button that opens the section), not a heading. */
const CONTROL = 'a, button, [role="button"], [role="link"], [role="tab"], label';

const isCount = (text: string): boolean => text.length <= MAX_LABEL_CHARS && readCountLine(text)?.count !== undefined;

/**
 * Elements whose whole text is a comment count ("Comments (4)", "12 comments"), outside links and buttons: the
 * heading of a comment section set as a styled `<div>` by apps that print no heading tags (React Native for Web writes
 * every text as `div[dir=auto]` with atomic classes). A bare "Comments" is not enough: without a heading tag it is as
 * often a label in the page's top bar, at the start of the wrapper around the whole page (a Dragnet dev page).
 */
export function countLabelHeadings(doc: Document): Element[] {
  return textLabels(doc, isCount).filter((label) => label.closest(CONTROL) === null);
}
