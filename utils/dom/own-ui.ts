/**
 * The tag of the element Sidelight mounts its panel in (a shadow host appended to the page's `<html>`). The panel is
 * on the page while the page is read ("Reading this page…"), in an open shadow root: it is no part of the page, so the
 * reader never composes it into the page's text (`composeShadowRoots`, `composedQueryAll`).
 */
export const PANEL_TAG = 'sidelight-panel';

/** True for the element holding Sidelight's own panel. */
export function isOwnUi(element: Element): boolean {
  return element.tagName.toLowerCase() === PANEL_TAG;
}
