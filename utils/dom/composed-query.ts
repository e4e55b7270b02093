import { isOwnUi } from './own-ui';

/** The `<template>`s the browser turns into shadow roots (see `composeShadowRoots`). */
const DECLARATIVE_ROOTS = 'template[shadowrootmode], template[shadowroot]';

/** The open shadow root a browser has attached to `element`, unless it is Sidelight's own panel (`isOwnUi`). */
export function pageShadowRoot(element: Element): ShadowRoot | null {
  return element.shadowRoot && !isOwnUi(element) ? element.shadowRoot : null;
}

/**
 * Whether the page has a shadow root: a declarative one still in its markup, or one a browser has attached (not
 * Sidelight's own panel's).
 */
export function hasShadowRoots(doc: Document): boolean {
  return (
    doc.querySelector(DECLARATIVE_ROOTS) !== null ||
    [...doc.querySelectorAll('*')].some((element) => pageShadowRoot(element) !== null)
  );
}

/**
 * Elements matching `selector` in the page and in its shadow roots: declarative ones still in the markup (a saved or
 * server-rendered page read outside a browser) and open ones a browser has attached (`shadowRoot`). A web
 * component's page may print its headline only inside a shadow root (LWC and Lit server rendering). Searches each
 * root once: meant for one search per page, not per element.
 */
export function composedQueryAll(doc: Document, selector: string): Element[] {
  if (!hasShadowRoots(doc)) return [...doc.querySelectorAll(selector)];
  const found: Element[] = [];
  const roots: ParentNode[] = [doc];
  for (let root = roots.pop(); root; root = roots.pop()) {
    found.push(...root.querySelectorAll(selector));
    roots.push(...root.querySelectorAll(DECLARATIVE_ROOTS));
    for (const element of root.querySelectorAll('*')) {
      const shadow = pageShadowRoot(element);
      if (shadow) roots.push(shadow);
    }
  }
  return found;
}
