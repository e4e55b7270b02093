import { siteNameOf } from './site-name-test';

/**
 * A newsroom's sign-off closing the story: one paragraph whose lines, set apart by `<br>`, are the site's own name and
 * then its desk or bureau and maybe its address ("Caasimada Online / Xafiiska Gaalkacyo / warar@caasimada.net", as
 * Somali and other African sites sign; "The Citizen / Dodoma Bureau"). The site's name alone is left out by the line
 * test; the lines under it are a desk's name, not the story. A paragraph that opens with the site's name and goes on
 * with a sentence is the story.
 */

/** A sign-off is the name and one to three lines under it. */
const MAX_LINES = 4;
/** A desk line is a few words ("Xafiiska Wararka Muqdisho"); more is prose. */
const MAX_DESK_WORDS = 5;
const SENTENCE_END = /[.!?…"”]$/u;
const ADDRESS = /^\S+@\S+\.\S+$|^(?:https?:\/\/|www\.)\S+$/iu;
const SPACES = /\s+/g;

/** The paragraph's lines as its `<br>` elements set them apart, spaces squeezed, empty lines left out. */
function brLines(element: Element): string[] {
  const lines: string[] = [''];
  for (const node of element.childNodes) {
    if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR') lines.push('');
    else lines[lines.length - 1] += node.textContent ?? '';
  }
  return lines.map((line) => line.replace(SPACES, ' ').trim()).filter((line) => line.length > 0);
}

const isDeskLine = (line: string): boolean =>
  ADDRESS.test(line) || (line.split(' ').length <= MAX_DESK_WORDS && !SENTENCE_END.test(line));

/** A test for a paragraph that is the newsroom's sign-off (see above). `siteName` is the site's declared name. */
export function deskSignOffTest(doc: Document, siteName = siteNameOf(doc)): (element: Element) => boolean {
  if (siteName === undefined) return () => false;
  return (element) => {
    if (element.tagName.toUpperCase() !== 'P' || !element.querySelector('br')) return false;
    const lines = brLines(element);
    if (lines.length < 2 || lines.length > MAX_LINES) return false;
    const [name, ...desk] = lines;
    return name?.toLowerCase() === siteName && desk.every(isDeskLine);
  };
}
