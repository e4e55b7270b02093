import { isVisuallyHidden } from './is-headline-hidden-label';
import { isBareByline } from '../page/read-header-line';
import { readsAsByline } from './reads-as-byline';

/**
 * True for text under the headline printed for screen readers only (WordPress's `screen-reader-text`, Bootstrap's
 * `sr-only`: see `isVisuallyHidden`) that is no byline or date of its own. WordPress's default themes (Twenty
 * Seventeen to Twenty Twenty-One, and the many themes built on `_s`) write the meta row as "<hidden>Posted by</hidden>
 * Ann Lee · March 9, 2019 · 4 Comments<hidden> on The post's title</hidden>": the hidden title after the count made the
 * row no header line, and it was read as the story's first paragraph. A hidden "Posted by" before the name is a
 * credit the byline reader knows, and stays. Only a leaf element: a hidden block holding others is not a label.
 */
export function isUnseenHeaderText(element: Element): boolean {
  if (element.childElementCount > 0 || !isVisuallyHidden(element)) return false;
  const text = (element.textContent ?? '').trim();
  return text.length > 0 && !readsAsByline(text) && !isBareByline(text);
}

/**
 * True when a text node sits in a visually hidden label: the label is a field of its own, as a screen reader says
 * it ("Posted by", then the name), though the page writes it with no space before the next field.
 */
export function inHiddenLabel(text: Text): boolean {
  const parent = text.parentElement;
  return parent !== null && parent.childElementCount === 0 && isVisuallyHidden(parent);
}
