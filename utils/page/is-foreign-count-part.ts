import { readCountLine } from './read-count-line';
import { isScriptViewCount } from './script-view-count';

/**
 * A view counter beside a byline as Polish, Czech and Slovak portals print it, its word first: "Odsłon: 4127",
 * "Odsłony: 980", "Wyświetleń: 1 204", Czech "Zobrazeno: 512", "Přečteno: 3 120", Slovak "Videné: 87".
 */
const WEST_SLAVIC_VIEWS =
  /^(?:odsłon\p{L}*|wyświetle\p{L}*|zobrazeno|zobrazení|přečteno|prečítané|videné)\s*:?\s*\d[\d\s.,]*$/iu;

/**
 * True for a counter part of a header line in a language other than English: a comment count the count-line reader
 * knows ("Komentarze (3)", "3 Kommentare", "Commentaires (4)"), a West Slavic view counter ("Odsłon: 4127"), or one
 * in Georgian, Armenian, Amharic, Sinhala or Khmer ("ចំនួនអ្នកអាន ៥ ៧១២ ដង", `isScriptViewCount`). Like
 * "17 Comments" and "80 views", such a part names no one, and the byline or date beside it is still the header's.
 */
export function isForeignCountPart(text: string): boolean {
  return WEST_SLAVIC_VIEWS.test(text) || isScriptViewCount(text) || readCountLine(text)?.count !== undefined;
}
