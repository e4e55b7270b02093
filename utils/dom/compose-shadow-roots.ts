import { hasShadowRoots, pageShadowRoot } from './composed-query';
import { pairNodes } from './pair-nodes';

/**
 * A declarative shadow root: `<template shadowrootmode="open|closed">` (and the older `shadowroot` attribute Chrome
 * shipped first), the form server-rendered web components ship in (Lit SSR, Stencil's `serializeShadowRoot`, LWC
 * SSR on Salesforce sites, Enhance). The browser shows what it holds in place of the host's children.
 */
const DECLARATIVE_ROOT = ['shadowrootmode', 'shadowroot'];

/** Whether `node` is a `<template>` the browser turns into its parent's shadow root. */
function isDeclarativeRoot(node: Node): node is Element {
  return (
    node.nodeType === 1 &&
    (node as Element).tagName === 'TEMPLATE' &&
    DECLARATIVE_ROOT.some((name) => (node as Element).hasAttribute(name))
  );
}

/** The nodes of a `<template>`: its children where the DOM keeps them there (linkedom), else its content. */
function templateNodes(template: Element): Node[] {
  const children = [...template.childNodes];
  if (children.length > 0) return children;
  const content = (template as HTMLTemplateElement).content as DocumentFragment | undefined;
  return content ? [...content.childNodes].map((node) => node.cloneNode(true)) : [];
}

/** The slot a light-DOM child goes to: its `slot` attribute, or the default slot (''). */
function slotOf(node: Node): string {
  return node.nodeType === 1 ? ((node as Element).getAttribute('slot') ?? '') : '';
}

/** The `<slot>` elements of a shadow tree, not those of a nested host's own declarative root. */
function slotsIn(nodes: readonly Node[]): Element[] {
  const slots: Element[] = [];
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType !== 1 || isDeclarativeRoot(node)) continue;
    if ((node as Element).tagName === 'SLOT') slots.push(node as Element);
    else stack.push(...[...node.childNodes].reverse());
  }
  return slots;
}

/**
 * Puts a host's shadow tree in place of its children, each `<slot>` replaced by the light-DOM children assigned to it
 * (by `slot="name"`, the rest to the unnamed slot) or by its fallback content when none is: the flat tree the browser
 * renders. Light children no slot takes are not shown, so they go.
 */
function composeHost(host: Element, shadow: readonly Node[]): void {
  const light = [...host.childNodes].filter((node) => !isDeclarativeRoot(node));
  for (const node of [...host.childNodes]) node.remove();
  // In the host first, so that a slot at the shadow tree's top level has a parent to be replaced in.
  host.append(...shadow);
  for (const slot of slotsIn(shadow)) {
    const name = slot.getAttribute('name') ?? '';
    const assigned = light.filter((node) => slotOf(node) === name && (name !== '' || node.nodeType !== 8));
    // Taken out of the slot first: replacing a node by its own children loses them on some DOMs (linkedom).
    const fallback = [...slot.childNodes];
    for (const node of fallback) node.remove();
    slot.replaceWith(...(assigned.length > 0 ? assigned : fallback));
  }
}

/**
 * Composes the shadow roots of a page's clone (see `DECLARATIVE_ROOT`), so the reader reads what a reader sees: a
 * story a web component renders in its shadow root (a rich-text component, a whole article page) is shown by the
 * browser and is the page's text. In a browser the parser has already attached such roots (`shadowRoot`, which a
 * clone does not copy): their nodes are cloned into the clone and paired with the live ones, as `pairs` does for the
 * rest. Runs once per page, before anything else edits the clone.
 */
export function composeShadowRoots(
  doc: Document,
  clone: Document,
  pairs: Map<Node, Node>,
  shadowed = hasShadowRoots(doc),
): void {
  // Most pages have neither: one query each, not a walk of the clone. `shadowed` is that check when the caller made it.
  if (!shadowed) return;
  const stack: Node[] = [clone.documentElement];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const original = pairs.get(element) as Element | undefined;
    const live = original ? pageShadowRoot(original) : null;
    let shadow: Node[] | undefined;
    if (live) {
      shadow = [...live.childNodes].map((child) => {
        const copy = clone.importNode(child, true);
        pairNodes(child, copy, pairs);
        return copy;
      });
    } else {
      const template = [...element.childNodes].find(isDeclarativeRoot);
      if (template) shadow = templateNodes(template);
    }
    if (shadow) composeHost(element, shadow);
    stack.push(...element.childNodes);
  }
}
