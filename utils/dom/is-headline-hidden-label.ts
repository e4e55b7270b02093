/**
 * The class names accessible templates give text printed for screen readers only: Bootstrap and Tailwind's
 * `sr-only`, Drupal's `visually-hidden` (Drupal 7: `element-invisible`), WordPress's `screen-reader-text`, GOV.UK's
 * `govuk-visually-hidden`, inuitcss's `u-hidden-visually`, `visuallyhidden` (HTML5 Boilerplate). A widespread
 * convention, not a site's own name.
 */
const VISUALLY_HIDDEN =
  /^(?:sr-only|visually-?hidden|visuallyhidden|screen-reader-text|screen-reader-only|element-invisible|u-hidden-visually|[\w-]+-visually-hidden|hidden-visually)$/i;

/**
 * A label before the headline's words, for screen readers only: "Article: ", "Video: ", "Opinion: ", "Breaking
 * news: " (a few words and a colon). Longer hidden text inside a headline is left alone.
 */
const HIDDEN_LABEL = /^\s*\p{L}[\p{L}'’ -]{0,24}:\s*$/u;

/** True when one of the element's class names is a visually-hidden convention. */
export function isVisuallyHidden(element: Element): boolean {
  const names = (element.getAttribute('class') ?? '').split(/\s+/u);
  return names.some((name) => VISUALLY_HIDDEN.test(name));
}

/**
 * True for a screen-reader label inside the page's `<h1>` (`<h1><span class="sr-only">Article: </span>Whales…</h1>`,
 * as some broadcasters' templates print it): a sighted reader never sees it, and read as text it glues
 * "Article:" to the headline, which then no longer matches the page's own headline and the header lines below it
 * (the date) spill into the story.
 */
export function isHeadlineHiddenLabel(element: Element): boolean {
  if (element.childElementCount > 0 || !isVisuallyHidden(element)) return false;
  if (!HIDDEN_LABEL.test(element.textContent ?? '')) return false;
  return element.parentElement?.closest('h1') != null;
}
