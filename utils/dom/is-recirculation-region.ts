import { isMostlyLinks } from './is-mostly-links';

/**
 * A landmark's accessible name that says it lists other stories: "Latest news", "Latest", "More stories", "Most read",
 * "Top stories", "Related stories", "More from News". Accessible templates label each region so
 * (`<section role="region" aria-label="Latest news">`), whatever their class names (often hashed).
 */
const RECIRCULATION_LABEL =
  /^(?:(?:the )?latest|more|most (?:read|popular|viewed|shared|watched)|top|related|recommended|trending|popular|other|editor['’]?s picks)(?: (?:news|stories|articles|headlines|videos|reads?|(?:from|in|on) [\p{L}\p{N} &'’-]{1,40}))?$/iu;

/** The region's name: its `aria-label`, or the text of the element its `aria-labelledby` names. */
function regionName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label !== null) return label.trim();
  const id = element.getAttribute('aria-labelledby');
  if (id === null || id.trim().length === 0) return '';
  return (element.ownerDocument.getElementById(id.trim())?.textContent ?? '').trim();
}

/**
 * True for a `<section>` or `role="region"` landmark named as a list of other stories ("Latest news") whose text is
 * mostly links: the recirculation strip a broadcaster's page sets under the story inside `<main>`. A region so named
 * that holds prose (a live page's "Latest" updates) is not mostly links and stays.
 */
export function isRecirculationRegion(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'SECTION' && element.getAttribute('role') !== 'region') return false;
  if (!RECIRCULATION_LABEL.test(regionName(element))) return false;
  return isMostlyLinks(element);
}
