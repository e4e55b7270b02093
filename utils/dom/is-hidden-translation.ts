import { isHiddenByMarkup } from './is-hidden-by-markup';

/** The primary language subtag of a BCP 47 tag ("en" of "en-CA", "zh" of "zh-Hant-HK"), lower-cased. */
function primaryLanguage(tag: string | null): string | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary ? primary : undefined;
}

/**
 * True when the element declares a language (`lang`) other than the page's own (`<html lang>`): bilingual outlets
 * (Welsh/English, French/English, Irish/English, Catalan/Spanish) mark their translation block so, for screen readers
 * and hyphenation. Both tags are needed: without a page language nothing is "other".
 */
export function isOtherLanguageBlock(element: Element): boolean {
  const own = primaryLanguage(element.getAttribute('lang'));
  const page = primaryLanguage(element.ownerDocument.documentElement.getAttribute('lang'));
  return own !== undefined && page !== undefined && own !== page;
}

/**
 * Bootstrap's tab panes (`.tab-content > .tab-pane`, in Bootstrap 3, 4 and 5 alike) are hidden by its stylesheet until
 * their tab is pressed; only the pane marked `active` shows. A widespread convention, so read by its class names.
 */
function isInactiveTabPane(element: Element): boolean {
  const classes = element.classList;
  if (classes.contains('tab-pane') && !classes.contains('active')) return true;
  return isUnselectedTabPanel(element);
}

/**
 * The WAI-ARIA tabs pattern, whatever the class names: a `role="tabpanel"` labelled (`aria-labelledby`) by a tab whose
 * `aria-selected` is "false" is not the panel on show (Bootstrap, Headless UI and most tab widgets mark it so).
 */
function isUnselectedTabPanel(element: Element): boolean {
  if (element.getAttribute('role') !== 'tabpanel') return false;
  const label = element.getAttribute('aria-labelledby');
  if (!label) return false;
  const doc = element.ownerDocument;
  return label.split(/\s+/).some((id) => doc.getElementById(id)?.getAttribute('aria-selected') === 'false');
}

/**
 * A closed disclosure (`<details>` without `open`) whose content is in another language than the page's: the original
 * a machine-translated story keeps under "Read the original in Bahasa Melayu", or a translation under "Show the English
 * version". The browser shows only its `<summary>` until pressed, and the summary only names the hidden text. Either
 * the `<details>` declares the other language itself, or every child but the summary does; a closed box in the page's
 * own language (an accordion of the story, a FAQ answer) is not matched.
 */
function isClosedTranslationDetails(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'DETAILS' || element.hasAttribute('open')) return false;
  if (isOtherLanguageBlock(element)) return true;
  let translated = false;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName.toUpperCase() === 'SUMMARY') continue;
    if (!isOtherLanguageBlock(child)) return false;
    translated = true;
  }
  return translated;
}

/**
 * True for a translation of the story that the page keeps hidden behind a language toggle ("Read this article in
 * English", an "English | Français" tab row): a block in another language than the page's, hidden by markup or an
 * inactive tab pane, or a closed `<details>` holding it. The reader sees the page's language; the hidden translation
 * is not what they read (a translation shown beside or after the story, as bilingual sites also print, is not hidden
 * and stays).
 */
export function isHiddenTranslation(element: Element): boolean {
  if (isClosedTranslationDetails(element)) return true;
  if (!element.hasAttribute('lang')) return false;
  return isOtherLanguageBlock(element) && (isHiddenByMarkup(element) || isInactiveTabPane(element));
}
