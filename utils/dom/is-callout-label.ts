import { classNames } from './class-names';
import { lineWithin } from './text-within';
import { isHeadingElement } from './heading-tags';

/**
 * The kind label a callout box prints over its text ("Note", "Tip", "Warning"): Docusaurus admonitions
 * (`theme-admonition` > `admonitionHeading`), MkDocs and Sphinx (`admonition` > `p.admonition-title`), GitHub's
 * Markdown alerts (`markdown-alert` > `p.markdown-alert-title`), Notion and Mintlify callouts, a Tailwind blog's
 * `<aside role="note">`. The box's text is the writer's; the label names its kind, like a "Key takeaways" label, and
 * is no line of the story.
 */
const CALLOUT_LABEL =
  /^(?:note|notes|tip|pro tip|hint|info|information|important|warning|caution|danger|attention|heads up|remember|success|example)\s*:?$/i;
/** A callout box named as such by its class words. */
const CALLOUT_NAME = /(?:^|[\s_-])(?:admonition|callout|alert)s?(?=$|[\s_-])/i;
/** The label sits in the box or one wrapper down (`aside > div > p.font-semibold`). */
const MAX_LEVELS_UP = 2;
/** The longest label ("information", "heads up:"), in characters other than spaces. */
const MAX_LABEL_CHARS = 12;
/** A label element holds its word and perhaps an icon, no more. */
const MAX_LABEL_CHILDREN = 3;

/** True when nothing with text comes before an element in its parent (an icon may: `<svg>` then the label). */
function opensParent(element: Element): boolean {
  for (let before = element.previousElementSibling; before; before = before.previousElementSibling)
    if ((before.textContent ?? '').trim().length > 0) return false;
  return true;
}

/** True when a box is named a callout by its classes, or given ARIA's `note` role. */
const isCalloutBox = (box: Element): boolean =>
  box.getAttribute('role') === 'note' || CALLOUT_NAME.test(`${box.getAttribute('class') ?? ''} ${classNames(box)}`);

/**
 * True for a callout's kind label: the first element of its box, the box's text following it, its text only a label
 * word. The same word as a story's subheading, outside a callout box, stays.
 */
export function isCalloutLabel(element: Element): boolean {
  // Structure first: every element of the article passes here, and reading text is the dear part.
  if (element.nextElementSibling === null || element.childElementCount > MAX_LABEL_CHILDREN) return false;
  // A label set as a heading (`<h3>Important</h3>` in Dotdash's callouts) reads as the story's subheading over the
  // note, and stays: only the label a template prints in a `<div>`, `<p>`, `<span>` or `<strong>` is left out.
  if (isHeadingElement(element)) return false;
  // The label's few characters before any search of the element's subtree.
  const label = lineWithin(element, MAX_LABEL_CHARS);
  if (label === undefined || !CALLOUT_LABEL.test(label)) return false;
  if (element.querySelector('h1, h2, h3, h4, h5, h6') || !opensParent(element)) return false;
  let box = element.parentElement;
  for (let level = 0; box && level < MAX_LEVELS_UP; level++, box = box.parentElement) {
    if (isCalloutBox(box)) return true;
    // One wrapper down, the label must still open the box.
    if (!opensParent(box)) return false;
  }
  return false;
}
