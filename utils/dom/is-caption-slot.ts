/**
 * The slot names web components give a picture's caption and credit (`<span slot="caption">`, `slot="credit"`,
 * `slot="figcaption"`, `slot="image-caption"`, `slot="photo-credit"`): design systems of broadcasters and publishers
 * (Stencil, Lit, LWC) let the page pass them to a figure or image component by these names, whether or not the
 * component renders them in a shadow root. A caption is not body (README, "Reading the page").
 */
const CAPTION_SLOT = /^(?:[a-z]+[-_])*(?:fig)?(?:caption|credit)s?$/i;

/** Whether `element` is handed to a component as a picture's caption or credit, by its `slot` name. */
export function isCaptionSlot(element: Element): boolean {
  const slot = element.getAttribute('slot');
  return slot !== null && CAPTION_SLOT.test(slot.trim());
}
