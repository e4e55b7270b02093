import { foldWords } from '../text/fold-words';
import { isKickerBeforeHeadline } from './kicker-before-headline';

/**
 * A declared headline made of a kicker, a colon and a title ("Bewohnerparken: Lindenau verzehnfacht …"): the kicker
 * is a label of a few words on one side of the first colon, and the title follows it.
 */
const KICKER_AND_TITLE = /^([^:]{1,80}):\s+(\S.*)$/u;
const SPACES = /\s+/gu;

const oneSpaced = (text: string) => text.trim().replace(SPACES, ' ');

/** Where the headline sits in the printed line and how it reads. */
export interface PrintedHeadline {
  /** Offset in the line where the headline starts (after a printed kicker it is not part of). */
  from: number;
  text: string;
}

/**
 * The headline in `line`, the page's printed headline line, when the page declares it (`declared`, from its
 * metadata) as "Kicker: Title" and prints the two as spans of the headline's element, as DER SPIEGEL, NZZ, Funke
 * and other German-language papers do:
 * - the line is the kicker and the title with the colon dropped by the layout ("Bewohnerparken Lindenau …"): the
 *   headline is the declared one, colon and all, since the page prints exactly its words;
 * - the line is another kicker over the same title ("Schwimmen Stadt schließt …" where the page declares
 *   "Gelsenbach: Stadt schließt …"): the headline is the title alone, the part the printed and declared forms share.
 * Undefined for any other line.
 */
export function kickerColonHeadline(line: string, declared: string): PrintedHeadline | undefined {
  const known = declared.trim();
  const parts = KICKER_AND_TITLE.exec(known);
  // A line ending on the declared headline as declared is read as such by the header (`namesHeadline`).
  if (!parts || line.trim().endsWith(known)) return undefined;
  const [, kicker = '', title = ''] = parts;
  if (oneSpaced(line) === oneSpaced(`${kicker} ${title}`)) return { from: 0, text: known };
  // The declared words in the page's own punctuation or quote marks are the headline as printed (`namesHeadline`).
  if (foldWords(line) === foldWords(known)) return undefined;
  if (isKickerBeforeHeadline(line, title)) return { from: line.length - title.length, text: title };
  return undefined;
}
