import { isDropCapLetter } from './drop-cap-letter';
import { opensOnPlaceDateline } from './opens-on-place-dateline';
import { pageAddresses } from './page-host';
import { isPhrasing } from './phrasing-tags';

const SPACES = /\s+/g;

/**
 * True when a line between the headline and the body (its text nodes in order) is the story's first paragraph set
 * apart from the rest: it opens on a drop cap in an element of its own ("E" + "very morning …", as a magazine's hero
 * block holds the opening over the photo), or on the story's place as German regional papers print their lead
 * ("Gelsenbach. Das …", see `opensOnPlaceDateline`). A dek has neither.
 */
export function isStoryOpening(line: Text[]): boolean {
  const first = line.findIndex((text) => text.data.trim().length > 0);
  const opening = line[first];
  if (!opening) return false;
  const letter = opening.parentElement;
  const rest = line[first + 1];
  if (letter && isPhrasing(letter) && rest && !letter.contains(rest) && isDropCapLetter(opening.data, rest.data))
    return true;
  const text = line
    .map((node) => node.data)
    .join('')
    .replace(SPACES, ' ');
  const doc = opening.ownerDocument;
  // The page's addresses (canonical link, Open Graph URL, the document's own), any of which may name the place.
  return opensOnPlaceDateline(text, () => [...pageAddresses(doc)].join(' '), doc.title);
}
