import { isOwnUi } from './own-ui';

/** The `<template>`s the browser turns into shadow roots (see `composeShadowRoots`). */
const DECLARATIVE_ROOTS = 'template[shadowrootmode], template[shadowroot]';

/** The open shadow root a browser has attached to `element`, unless it is Sidelight's own panel (`isOwnUi`). */
export function pageShadowRoot(element: Element): ShadowRoot | null {
  return element.shadowRoot && !isOwnUi(element) ? element.shadowRoot : null;
}

/** `NodeFilter.SHOW_ELEMENT`, spelled out: the constant is not a global outside a browser. */
const SHOW_ELEMENT = 1;

/** Whether `element` is a `<template>` the browser turns into its parent's shadow root. */
function isDeclarativeRoot(element: Element): boolean {
  return (
    element.tagName.toUpperCase() === 'TEMPLATE' &&
    (element.hasAttribute('shadowrootmode') || element.hasAttribute('shadowroot'))
  );
}

/**
 * Whether the page has a shadow root: a declarative one still in its markup, or one a browser has attached (not
 * Sidelight's own panel's). One walk over the elements (a tree walker, cheaper than a selector query in linkedom): it
 * runs on every page, most of which have none.
 */
export function hasShadowRoots(doc: Document): boolean {
  if (!doc.documentElement) return false;
  const walker = doc.createTreeWalker(doc.documentElement, SHOW_ELEMENT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    const element = node as Element;
    if (isDeclarativeRoot(element) || pageShadowRoot(element) !== null) return true;
  }
  return false;
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
