import type { DeclaredText } from './declared-text';
import { findDeclaredRegion } from './find-declared-region';
import type { DeclaredBody } from './read-declared-body';
import { cloneRegion, type CloneReading } from './read-clone';

/**
 * Readability's choice is kept when it holds this share of the declared body: below it, Readability took another
 * block (a most-read list, one of two columns) or cut the body short, and the declared region reads better.
 */
const MIN_READABILITY_COVERAGE = 0.8;
/**
 * …or, for a microdata body, when this share of its own text is in it: then Readability chose inside the marked
 * element and only left out what it holds but a reader does not want (a slideshow, a gallery). A JSON-LD body is the
 * publisher's own copy of the text, so there a choice holding little of it was cut short (one of two sibling blocks).
 */
const MIN_READABILITY_AGREEMENT = 0.8;

/**
 * Readability's article, or, when the page declares its body and Readability chose another block or only part of the
 * body (see the thresholds), the page element that holds the declared body (walked from a fresh paired clone, so the
 * text still maps to the page).
 */
export function chooseDeclaredContent(
  doc: Document,
  reading: CloneReading,
  declared: DeclaredBody,
  text: DeclaredText,
  comments: readonly Element[],
  headline: Element | undefined,
): CloneReading {
  const chosen = reading.content?.textContent ?? '';
  const covered = text.coveredBy(chosen);
  if (covered >= MIN_READABILITY_COVERAGE) return reading;
  if (declared.source === 'microdata' && text.contains(chosen) >= MIN_READABILITY_AGREEMENT) return reading;
  const region = findDeclaredRegion(doc, declared, text);
  if (!region || text.coveredBy(region.textContent ?? '') <= covered) return reading;
  const regionReading = cloneRegion(doc, region, comments, headline);
  return regionReading.content ? regionReading : reading;
}
