import { foldWords } from '../text/fold-words';
import { isHeadingElement } from './heading-tags';

/**
 * True when `element` is the block right after a headline set in no heading (a `<div>`, see `findTextHeadline`) and
 * its words are the page's description word for word: the dek under the headline, whatever its class says. Wiki.js
 * sets a page's description under its title in `div.caption`, a text-size class of its Vuetify framework (as are
 * `overline` and `headline`), which the furniture rules read as a picture's caption. Under a heading, a block named
 * as furniture stays so (a 2012 Guardian dek named as a call to action, which the reference leaves to the header).
 */
export function isHeadlineSiblingDescription(
  element: Element,
  headline: Element | undefined,
  description: string | undefined,
): boolean {
  if (!headline || !description || headline.nextElementSibling !== element) return false;
  // A headline set in a heading has a header the other rules read.
  if (isHeadingElement(headline)) return false;
  const wanted = foldWords(description);
  return wanted.length > 0 && foldWords(element.textContent ?? '') === wanted;
}
