/**
 * A web component that stands for `<details>`: a custom element named `…-details`, as Shoelace (`<sl-details>`) and
 * Web Awesome (`<wa-details>`) name theirs, and design systems built on them. Its label is in its `summary` attribute
 * (drawn in its shadow root) or in a child set in its `summary` slot, its content in its light DOM.
 */
const DISCLOSURE_TAG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-details$/i;

/** True for a web component that stands for `<details>` (`sl-details`, `wa-details`). */
export function isDisclosureComponent(element: Element): boolean {
  return DISCLOSURE_TAG.test(element.tagName);
}

/**
 * The label such a component prints from its `summary` attribute (`<sl-details summary="Key takeaways">`): text the
 * reader sees over the box although no child holds it. Undefined for any other element, or without the attribute.
 */
export function disclosureSummary(element: Element): string | undefined {
  if (!isDisclosureComponent(element)) return undefined;
  const summary = element.getAttribute('summary')?.replace(/\s+/g, ' ').trim();
  return summary ? summary : undefined;
}
