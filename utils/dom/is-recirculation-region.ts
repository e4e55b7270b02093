import { FOREIGN_READ_LABELS } from './foreign-labels';
import { isMostlyLinks } from './is-mostly-links';
import { textOf } from './text-of';
import { CJK_RELATED_LABELS, PERSO_ARABIC_RELATED_LABELS } from './related-box-labels';

/**
 * A landmark's accessible name that says it lists other stories: "Latest news", "Latest", "More stories", "Most read",
 * "Top stories", "Related stories", "More from News", "Related topics" (a tag box). Accessible templates label each
 * region so (`<section role="region" aria-label="Latest news">`), whatever their class names (often hashed).
 */
const RECIRCULATION_LABEL =
  /^(?:(?:the )?latest|more|most (?:read|popular|viewed|shared|watched)|top|related|recommended|trending|popular|other|editor['’]?s picks)(?: (?:news|stories|articles|headlines|videos|topics|reads?|(?:from|in|on) [\p{L}\p{N} &'’-]{1,40}))?$/iu;

/**
 * The same names in other languages: a read-also label ("Lire aussi", `FOREIGN_READ_LABELS`) and the related labels
 * of Japanese, Korean, Chinese, Persian, Arabic and Urdu pages ("関連記事", "مطالب مرتبط", "موضوعات مرتبط"), as BBC
 * Persian names its related-stories and related-topics regions by their headings.
 */
const FOREIGN_RECIRCULATION_LABEL = new RegExp(
  `^(?:${FOREIGN_READ_LABELS}|${CJK_RELATED_LABELS}|${PERSO_ARABIC_RELATED_LABELS})$`,
  'iu',
);

/** Headings that may name a `<section>` left without an accessible name: its own first child, a rail's heading. */
const NAMING_HEADINGS = new Set(['H2', 'H3', 'H4']);

/**
 * The region's name: its `aria-label`, or the text of the element its `aria-labelledby` names; failing both, a
 * `<section>`'s leading heading, as a section is named by its heading (`<section><h2>More from the Ledger</h2><ul>`,
 * the strip a Gatsby or Next.js template sets under the story with hashed class names).
 */
function regionName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label !== null) return label.trim();
  const id = element.getAttribute('aria-labelledby');
  if (id !== null && id.trim().length > 0) {
    return (element.ownerDocument.getElementById(id.trim())?.textContent ?? '').trim();
  }
  const first = element.firstElementChild;
  if (element.tagName.toUpperCase() !== 'SECTION' || !first || !NAMING_HEADINGS.has(first.tagName.toUpperCase()))
    return '';
  return textOf(first);
}

/**
 * True for a `<section>` or `role="region"` landmark named as a list of other stories ("Latest news") whose text is
 * mostly links: the recirculation strip a broadcaster's page sets under the story inside `<main>`. A region so named
 * that holds prose (a live page's "Latest" updates) is not mostly links and stays.
 */
export function isRecirculationRegion(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'SECTION' && element.getAttribute('role') !== 'region') return false;
  const name = regionName(element);
  if (!RECIRCULATION_LABEL.test(name) && !FOREIGN_RECIRCULATION_LABEL.test(name)) return false;
  return isMostlyLinks(element);
}
