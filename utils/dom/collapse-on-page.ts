import { ensurePageStyle } from './ensure-page-style';

/** Attribute that hides one of the page's own comment bodies while Sidelight has it collapsed. */
export const COLLAPSED_ATTRIBUTE = 'data-sidelight-collapsed';
const STYLE_ID = 'sidelight-collapse-style';
/** Hidden, not removed: taking the attribute off brings the comment back exactly as it was. */
const STYLE_TEXT = `[${COLLAPSED_ATTRIBUTE}] { display: none !important; }`;

/**
 * Hides (or shows again) page elements, typically the bodies of noisy comments. Elements that would take the whole
 * page with them (`<html>`, `<body>`) are refused. Returns how many elements changed.
 */
export function collapseOnPage(elements: readonly Element[], collapsed: boolean, doc = document): number {
  let changed = 0;
  for (const element of elements) {
    if (element === doc.body || element === doc.documentElement) continue;
    if (element.hasAttribute(COLLAPSED_ATTRIBUTE) === collapsed) continue;
    if (collapsed) element.setAttribute(COLLAPSED_ATTRIBUTE, '');
    else element.removeAttribute(COLLAPSED_ATTRIBUTE);
    changed++;
  }
  if (collapsed && changed > 0) ensurePageStyle(doc, STYLE_ID, STYLE_TEXT);
  return changed;
}

/** Shows every collapsed element again and removes the style (on panel close). */
export function restorePage(doc = document): void {
  for (const element of doc.querySelectorAll(`[${COLLAPSED_ATTRIBUTE}]`)) element.removeAttribute(COLLAPSED_ATTRIBUTE);
  doc.getElementById(STYLE_ID)?.remove();
}
