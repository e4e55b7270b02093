/**
 * True for an element a reader takes for a link: an `<a>`, or an element the page marks as one for assistive
 * technology (`role="link"`), as React Native for Web renders a pressable card or text that has no `href` (a
 * `div[role=link]` around a "Read also" label and a title, each card of a "More in …" list).
 */
export const isLinkElement = (element: Element): boolean =>
  element.tagName.toUpperCase() === 'A' || element.getAttribute('role') === 'link';
