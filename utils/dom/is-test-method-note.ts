import { labelledBoxText } from './labelled-box-text';
import { textOf } from './text-of';

/** The label of a review site's standing note on its testing: "How we test air fryers", "How we test". */
const TEST_LABEL = /^how we test(?: [\p{L}\p{N}&'’ -]{1,40})?\s*[:?]?$/iu;
/**
 * The closing link to the site's methods page: "Find out more about how we test", "Read our full testing
 * methodology", or any link to a `how-we-test` or `methodology` address.
 */
const METHOD_LINK_TEXT = /\b(?:how we test|testing (?:process|methodology|methods)|our methodology)\b/i;
const METHOD_LINK_ADDRESS = /how-we-test|methodolog|testing-process/i;
/** A label is a short line: at most this many characters (spaces not counted). */
const MAX_LABEL_CHARS = 50;
/** The note is a paragraph or two: more (characters, spaces not counted) is the guide's own section. */
const MAX_BOX_CHARS = 500;

/** True when the box's last element is a link (or holds only one) to the site's page on how it tests. */
function closesOnMethodLink(element: Element): boolean {
  let last = element.lastElementChild;
  while (last && last.tagName.toUpperCase() !== 'A' && last.children.length === 1) last = last.firstElementChild;
  if (!last || last.tagName.toUpperCase() !== 'A') return false;
  if (textOf(last) !== textOf(element.lastElementChild ?? last)) return false;
  return METHOD_LINK_TEXT.test(textOf(last)) || METHOD_LINK_ADDRESS.test(last.getAttribute('href') ?? '');
}

/**
 * True for a review site's standing note on how it tests, boxed beside the review (Which?'s "How we test air fryers"
 * over a line and "Find out more about how we test"): a short box under a "How we test" label closing on a link to the
 * site's methods page. It is the same on every review of its kind, not the review. A guide's own "How we test"
 * section, written for the guide, runs on in its paragraphs and sends the reader nowhere, and stays.
 */
export function isTestMethodNote(element: Element): boolean {
  return (
    labelledBoxText(element, (label) => TEST_LABEL.test(label), MAX_LABEL_CHARS, MAX_BOX_CHARS) !== undefined &&
    closesOnMethodLink(element)
  );
}
