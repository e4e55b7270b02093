import { contentWords } from '../text/content-words';

/**
 * Markdown blogs (Docusaurus, Hugo, Jekyll, Ghost's Markdown card) print a picture's caption as an italic line under
 * it (`![Median CI time per week](chart.png)` then `*Median CI duration per week, March to October.*`), with no
 * credit to tell it by. The writer describes the same picture twice, in the alt text and in the caption, so the two
 * share their words; an editor's note or a quotation set in italics under a picture does not echo its alt text.
 */

/** At least this share of the caption's content words are in the alt text. */
const MIN_SHARED_SHARE = 0.5;
/** …and at least this many: one shared word ("chart") is chance. */
const MIN_SHARED_WORDS = 2;

/** True when a line says much of what the alt text of the picture in `picture` (or `picture` itself) says. */
export function echoesAltText(line: string, picture: Element): boolean {
  const image = picture.matches('img') ? picture : picture.querySelector('img');
  const alt = image?.getAttribute('alt') ?? '';
  if (alt.trim().length === 0) return false;
  const altWords = new Set(contentWords(alt));
  const words = contentWords(line);
  const shared = words.filter((word) => altWords.has(word)).length;
  return shared >= MIN_SHARED_WORDS && shared >= words.length * MIN_SHARED_SHARE;
}
