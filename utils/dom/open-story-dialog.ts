import { isHiddenByMarkup } from './is-hidden-by-markup';
import { MIN_PARAGRAPH_CHARS } from './prose-chars';
import { textOf } from './text-of';
import { proseParagraphs } from './prose-paragraphs';
import { HEADINGS_SELECTOR } from './heading-tags';

/**
 * A dialog the page shows as modal, as ARIA marks it: `role="dialog"` with `aria-modal="true"`. Bootstrap's modals
 * (3 to 5), React and Vue modal kits and SPA "quick view" overlays write this pair on the box they open, and only while
 * it is open (Bootstrap sets `aria-modal` on show and `aria-hidden="true"` on hide). Readability removes such a box
 * as unseen, and its `role="dialog"` as furniture, so a story opened in one is lost with the box.
 */
const MODAL_DIALOG = '[role="dialog"][aria-modal="true"]';
/**
 * A dialog holding a story holds at least this many paragraphs of prose: a consent, newsletter or sign-in box holds a
 * sentence or two over its buttons.
 */
const MIN_PROSE_PARAGRAPHS = 3;
/** A heading shorter than this is a label ("Share", "Menu"), not a story's headline. */
const MIN_HEADING_CHARS = 10;
const SPACES = /\s+/g;

/** True when the element or one of its ancestors hides it in the markup (see `isHiddenByMarkup`). */
function isHiddenWithin(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) if (isHiddenByMarkup(at)) return true;
  return false;
}

/**
 * The characters of the prose paragraphs shown under `root` (not in `inside`), with how many there are, up to `cap`.
 */
function shownProse(root: Element, inside: Element | undefined, cap: number): { count: number; chars: number } {
  let count = 0;
  let chars = 0;
  // Paragraphs as `<p>`s or as runs set with `<br>` (`proseParagraphs`): a CMS may print the story either way.
  for (const { block, text } of proseParagraphs(root)) {
    if (inside?.contains(block)) continue;
    const length = text.length;
    // A paragraph of prose (a teaser, label or button line is shorter).
    if (length < MIN_PARAGRAPH_CHARS || isHiddenWithin(block)) continue;
    count++;
    chars += length;
    if (chars > cap) break;
  }
  return { count, chars };
}

/**
 * The heading that names the dialog: the element its `aria-labelledby` points to, else its first heading; undefined
 * when it has none long enough to be a headline.
 */
export function storyDialogHeading(dialog: Element): Element | undefined {
  const labelledBy = dialog.getAttribute('aria-labelledby')?.trim().split(SPACES)[0];
  const labelled = labelledBy
    ? [...dialog.querySelectorAll('[id]')].find((element) => element.id === labelledBy)
    : undefined;
  const heading = labelled ?? dialog.querySelector(HEADINGS_SELECTOR) ?? undefined;
  return heading && textOf(heading).length >= MIN_HEADING_CHARS ? heading : undefined;
}

/**
 * The open modal dialog that holds the page's story, when the page was read with one open: a shown `role="dialog"`
 * box marked `aria-modal="true"` (see `MODAL_DIALOG`), named by a headline-long heading, holding at least
 * `MIN_PROSE_PARAGRAPHS` paragraphs of prose and more prose than the rest of the shown page. A news page that opens
 * each story in a Bootstrap modal over its list of cards, or an SPA's article overlay over its feed, is read with the
 * story in front: the page behind it is inert while it is open. A cookie, newsletter or sign-in dialog over an article
 * holds less prose than the article and is not chosen.
 */
export function openStoryDialog(doc: Document): Element | undefined {
  const body = doc.body;
  if (!body) return undefined;
  for (const dialog of body.querySelectorAll(MODAL_DIALOG)) {
    if (isHiddenWithin(dialog) || !storyDialogHeading(dialog)) continue;
    const inside = shownProse(dialog, undefined, Number.POSITIVE_INFINITY);
    if (inside.count < MIN_PROSE_PARAGRAPHS) continue;
    // Counting stops once the page behind holds as much: then the dialog is not the story.
    if (shownProse(body, dialog, inside.chars).chars < inside.chars) return dialog;
  }
  return undefined;
}
