/** Ways a page hides an element in its own markup until a toggle is pressed. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** True when the element is hidden by its `hidden` attribute, `aria-hidden` or an inline style. */
export function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Takes away what hides the element in its markup (see `isHiddenByMarkup`), as pressing its toggle would. */
export function showHiddenByMarkup(element: Element): void {
  element.removeAttribute('hidden');
  if (element.getAttribute('aria-hidden') === 'true') element.removeAttribute('aria-hidden');
  const style = element.getAttribute('style');
  if (style !== null) element.setAttribute('style', style.replace(new RegExp(HIDDEN_STYLE.source, 'gi'), ''));
}
