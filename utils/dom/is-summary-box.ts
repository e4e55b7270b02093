/**
 * The label a summary box prints over its bullets: "Key Takeaways", "Key Points", "Key findings" (a health
 * story's digest of a study), "Summary", "What to know:",
 * "Highlights", "At a glance", "In brief", "TL;DR". Only labels that announce a digest of the story that follows.
 */
const SUMMARY_LABEL =
  /^(?:key (?:takeaways|points|facts|findings)|(?:article |story )?(?:summary|highlights)|what (?:you need )?to know|at a glance|in brief|quick read|tl;?dr)\s*:?$/i;
/** A label is a short line: longer text under a box's first element is a heading of prose, not a box label. */
const MAX_LABEL_CHARS = 40;
/** A digest has at least this many bullets; one item under "Summary" may be the story's own list. */
const MIN_ITEMS = 2;
const SPACES = /\s+/g;
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/**
 * A label's element holds at most this many elements (`<p><strong>Key Takeaways</strong></p>`): a first child with
 * more is a wrapper, whose text is not read (every box on the page is asked, and wrappers nest deep).
 */
const MAX_LABEL_ELEMENTS = 2;

const squeeze = (text: string | null): string => (text ?? '').replace(SPACES, '');

/**
 * True for a box that holds only a summary label and the bullets under it (Seeking Alpha's "Summary", Dotdash's "Key
 * Takeaways" callout, a crypto site's "What to know:"), wherever the template nests them: the bullets repeat the
 * story, and a box named only by its label has no class the furniture vocabulary could read. A box with prose beside
 * its list (a "Summary" heading over paragraphs) is not one.
 */
export function isSummaryBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const first = element.firstElementChild;
  if (!first || first.nextElementSibling === null || first.childElementCount > MAX_LABEL_ELEMENTS) return false;
  const label = (first.textContent ?? '').replace(SPACES, ' ').trim();
  if (label.length > MAX_LABEL_CHARS || !SUMMARY_LABEL.test(label)) return false;
  let items = 0;
  let listChars = 0;
  for (const list of element.querySelectorAll('ul, ol')) {
    // A list inside another one counts once, through its outer list.
    if (list.parentElement?.closest('ul, ol')) continue;
    items += list.querySelectorAll('li').length;
    listChars += squeeze(list.textContent).length;
  }
  return items >= MIN_ITEMS && squeeze(element.textContent).length === squeeze(label).length + listChars;
}
