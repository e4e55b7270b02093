/**
 * How many page ancestors are searched for the wrapper whose names a copy carries: the Visual Composer Website Builder
 * sets a box eleven levels under its row (`vce-row-container > vce-row > vce-row-content > vce-col > … >
 * vce-hero-section > … > content-container`).
 */
const MAX_WRAPPER_DEPTH = 12;
/**
 * Text the page wrapper may hold beyond the copy's (characters): what Readability took out of it before merging, a
 * `<noscript>` fallback link ("Take Our Poll") or a script's text, not a story's paragraph.
 */
const MAX_EXTRA_CHARS = 40;

const SPACES = /\s+/g;
/**
 * A node's text length with each run of white space as one space: the page's indentation between a wrapper's blocks is
 * no text Readability took out (a builder's section nests its blocks ten levels deep, each on its own indented line).
 */
const trimmedLength = (node: Node): number => (node.textContent ?? '').replace(SPACES, ' ').trim().length;

/**
 * The page element whose names a copy element carries after Readability merged it with the wrappers above it. Its
 * `_simplifyNestedElements` puts a `<div>` or `<section>` holding one block only in the block's place and copies the
 * wrapper's attributes onto the block, so the copy pairs with the innermost page block (a poll's `pds-box-top`) while
 * its class and id are the outermost wrapper's (the Crowdsignal poll's `CSS_Poll PDS_Poll` container): the name that
 * says what the block is sits on that wrapper. It is found among `original`'s ancestors by the same class and id, and
 * only while it holds about the copy's text and no more: a wrapper Readability emptied of other content (a sidebar it
 * dropped beside the story) is not the copy's.
 */
export function mergedWrapperOf(copy: Element, original: Element): Element | undefined {
  const className = copy.getAttribute('class') ?? '';
  const id = copy.getAttribute('id') ?? '';
  if (className === (original.getAttribute('class') ?? '') && id === (original.getAttribute('id') ?? ''))
    return undefined;
  const limit = trimmedLength(copy) + MAX_EXTRA_CHARS;
  let at = original.parentElement;
  for (let depth = 0; at && depth < MAX_WRAPPER_DEPTH; depth++, at = at.parentElement) {
    if (trimmedLength(at) > limit) return undefined;
    // Its id may come from a wrapper under it (each wrapper's attributes are copied over in turn), when it has none.
    const atId = at.getAttribute('id') ?? '';
    if ((at.getAttribute('class') ?? '') === className && (atId === id || (atId === '' && className !== ''))) return at;
  }
  return undefined;
}

/**
 * The page elements from `original` up to the `merged` wrapper whose names its copy carries (see `mergedWrapperOf`),
 * both included: Readability merged them all into one copy, so a name on any of them says what the copy is (a
 * builder's call-to-action box, `callout-inner`, between the module that names the kind and the block of its text).
 */
export function mergedChainOf(original: Element, merged: Element): Element[] {
  const chain: Element[] = [];
  for (let at: Element | null = original; at; at = at.parentElement) {
    chain.push(at);
    if (at === merged) return chain;
  }
  return [merged];
}
