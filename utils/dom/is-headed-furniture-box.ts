import { boxHeadingText, type BoxHeadingShape } from './box-heading';
import { lineWithin } from './text-within';

/**
 * A box of the page's own (a `div`, `section` or `aside`) under a subheading, as templates set their standing prompts
 * under a story: "Get involved with the news in your community" over a "Send your stories and photos now" button
 * (Newsquest), "Got a story?" over "Email us your tips".
 */
const SHAPE: BoxHeadingShape = {
  boxTags: new Set(['DIV', 'SECTION', 'ASIDE']),
  headingTags: new Set(['H2', 'H3', 'H4', 'H5', 'H6']),
  maxHeadingChars: 80,
};
/**
 * A prompt box is a heading and a line or two: past this many characters (spaces not counted) under the heading, the
 * box is a section of the story, read line by line.
 */
const MAX_BOX_LINE_CHARS = 240;

/**
 * True for a box that opens on a subheading and holds under it only lines the line rules drop as furniture
 * (`isFurnitureLine`): the line goes, and the heading, which names nothing else, goes with it. A story's section
 * under its subheading holds prose, and a heading over no lines at all (an emptied slot) is left to the other rules.
 */
export function isHeadedFurnitureBox(element: Element, isFurnitureLine: (line: string) => boolean): boolean {
  if (boxHeadingText(element, SHAPE) === undefined) return false;
  let lines = 0;
  for (let child = element.firstElementChild?.nextElementSibling; child; child = child.nextElementSibling) {
    const line = lineWithin(child, MAX_BOX_LINE_CHARS);
    if (line === undefined) return false;
    if (line.length === 0) continue;
    if (!isFurnitureLine(line)) return false;
    lines++;
  }
  return lines > 0;
}
