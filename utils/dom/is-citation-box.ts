import { boxLabel } from './box-label';
import { textWithin } from './text-within';

/**
 * The label over a page's note on how to cite or reuse it, as statistics offices, research sites and data
 * publishers close their articles: "Cite this work", "Cite this article", "5. Cite this statistical bulletin", "How to
 * cite this report", "Suggested citation", "Recommended citation" (as Bruegel and other think tanks label theirs),
 * "Reuse this work freely". A section number may lead it.
 */
const CITATION_LABEL =
  /^(?:\d{1,2}\.\s*)?(?:cite this(?: [\p{L}-]+){1,3}|how to cite(?: this(?: [\p{L}-]+){1,3})?|(?:suggested|recommended|preferred) citation|reuse (?:this|our) (?:work|content|article|data)(?: freely)?)\s*:?$/iu;
/**
 * A citation box holds a sentence or two, the citation and a BibTeX entry: more text than this (characters, spaces not
 * counted) is a part of the page holding more than the note, which is never dropped whole.
 */
const MAX_BOX_CHARS = 2000;

/**
 * True for a box that opens with the label of the page's citation or reuse note: it tells the reader how to cite the
 * page (the reference, a BibTeX entry) or what licence it is under, not the story. A section on citing sources that
 * the story itself writes has a longer heading ("Why citing sources matters") and stays.
 */
export function isCitationBox(element: Element): boolean {
  const label = boxLabel(element);
  if (label === undefined || !CITATION_LABEL.test(label)) return false;
  return textWithin(element, MAX_BOX_CHARS) !== undefined;
}
