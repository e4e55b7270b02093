/**
 * The label over a list of other stories, on its own line: "ALSO READ:", "Read also", "Read more:", "See also", "Must
 * read". Only labels that send the reader to read elsewhere: the Dragnet gold keeps lists under "Related stories:"
 * (marking those cost recall on 7 dev pages).
 */
const READ_LABEL = /^(?:also read|read also|read more|must read|see also)\s*[:|»›]?$/i;
const SPACES = /\s+/g;
/** Link text (spaces not counted) must be at least this share of each item's text: a list of titles, not of facts. */
const MIN_ITEM_LINK_SHARE = 0.9;
const LIST_TAGS = new Set(['UL', 'OL']);

const squeeze = (text: string | null): string => (text ?? '').replace(SPACES, '');

/** True when every item of a list is all link text: a list of headlines, each a link to the story. */
function isTitleList(list: Element): boolean {
  let items = 0;
  for (let item = list.firstElementChild; item; item = item.nextElementSibling) {
    if (item.tagName.toUpperCase() !== 'LI') return false;
    const chars = squeeze(item.textContent).length;
    if (chars === 0) continue;
    let linkChars = 0;
    for (const link of item.querySelectorAll('a')) linkChars += squeeze(link.textContent).length;
    if (linkChars < chars * MIN_ITEM_LINK_SHARE) return false;
    items++;
  }
  return items > 0;
}

/**
 * True for a list of story links right under a "read also" label set as its own paragraph (`<p><strong>ALSO READ:
 * </strong></p><ul><li><a>…</a></li>…</ul>`, as Nigerian and Indian WordPress newsrooms put it between paragraphs).
 * The label alone is dropped line by line; without this its titles stay as bare lines. A list with prose in an item
 * (a list of facts with a link in it) stays.
 */
export function isReadLabelList(element: Element): boolean {
  if (!LIST_TAGS.has(element.tagName.toUpperCase())) return false;
  const label = element.previousElementSibling;
  if (!label || !READ_LABEL.test((label.textContent ?? '').replace(SPACES, ' ').trim())) return false;
  return isTitleList(element);
}
