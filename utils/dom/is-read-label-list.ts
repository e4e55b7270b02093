import { FOREIGN_READ_LABELS } from './foreign-labels';
import { CJK_RELATED_LABELS, PERSO_ARABIC_RELATED_LABELS } from './related-box-labels';
import { SINGULAR_RELATED_LABEL } from './singular-related-label';
import { textOf } from './text-of';
import { blockBefore, unwrapMediaWikiHeading } from './media-wiki-heading';
import { countLinkText, linkShare } from './link-text';
import { hasOwnText } from './has-own-text';
import { loneWrapper } from './lone-wrapper';
import { textWithin } from './text-within';

/**
 * What a site's read-more label may name after it: its own name and the topic ("Read more from Salon on food and the
 * pandemic economy:", "Read more on the election:", as Salon and other digital magazines label their link lists inside
 * the body). One short phrase, no comma: "Read more about the storm in the council's report, which lists …" is a
 * sentence leading into the story's own list.
 */
const READ_MORE_TOPIC = String.raw`(?: (?:from|on|about) [\p{L}\p{N}.'’& -]{1,50})?`;

/**
 * The label over a list of other stories, on its own line: "ALSO READ:", "Read also", "Read more:" (or "Read more
 * from <site> on <topic>:", `READ_MORE_TOPIC`), "READ NEXT:" (as Reach plc's regional papers label the links between
 * paragraphs), "See also" (or "Also see:", as Sky Sports labels its links between paragraphs), "Must read", "More
 * reading:" and "Further reading" (as The Washington Post's On Parenting essays close), "Go deeper" (a smart-brevity
 * story's closing label), a blog's "Previously" over its earlier posts ("Previously on Boing Boing:"), and their
 * translations ("Leia também", "Mehr zum Thema"). Only labels that send the reader to read elsewhere: the Dragnet
 * gold keeps lists under "Related stories:" (marking those cost recall on 7 dev pages). The related labels of Japanese,
 * Korean, Chinese, Persian, Arabic and Urdu pages ("関連記事", "مطالب مرتبط", `related-box-labels`) too, over titles
 * only: with names hashed the box is known by its label alone.
 */
const READ_LABEL = new RegExp(
  `^(?:also read|read also|read more${READ_MORE_TOPIC}|read next|(?:more|further|recommended|suggested) reading|must read|see also|also see|go deeper|dig deeper|previously(?: (?:on|at|in) [\\p{L}\\p{N}.'’& -]{1,40})?|you (?:may|might) also like|${SINGULAR_RELATED_LABEL}|${FOREIGN_READ_LABELS}|${CJK_RELATED_LABELS}|${PERSO_ARABIC_RELATED_LABELS})\\s*[:|»›]?$`,
  'iu',
);
/** Link text (spaces not counted) must be at least this share of each item's text: a list of titles, not of facts. */
const MIN_ITEM_LINK_SHARE = 0.9;
const LIST_TAGS = new Set(['UL', 'OL']);
/**
 * A label's element holds at most this many elements (`<h3><span>Más información</span></h3>`): a first child with
 * more is a wrapper, whose text is not read (every element is asked, and wrappers nest deep).
 */
const MAX_LABEL_ELEMENTS = 2;

/** True when every item of a list (from `first` on) is all link text: a list of headlines, each a link to the story. */
function isTitleList(list: Element, first = list.firstElementChild): boolean {
  let items = 0;
  for (let item = first; item; item = item.nextElementSibling) {
    if (item.tagName.toUpperCase() !== 'LI') return false;
    const { chars, linkChars } = countLinkText(item);
    if (chars === 0) continue;
    if (linkChars < chars * MIN_ITEM_LINK_SHARE) return false;
    items++;
  }
  return items > 0;
}

/**
 * True for a list of story links right under a "read also" label set as its own paragraph, or a box holding such a
 * label and story links only (`<p><strong>ALSO READ:
 * </strong></p><ul><li><a>…</a></li>…</ul>`, as Nigerian and Indian WordPress newsrooms put it between paragraphs).
 * The label may be the list's first item, and the titles may be paragraphs of their own, one link each. The label
 * alone is dropped line by line; without this its titles stay as bare lines. A list with prose in an item (a list of
 * facts with a link in it) stays.
 */
export function isReadLabelList(element: Element): boolean {
  if (!LIST_TAGS.has(element.tagName.toUpperCase()))
    return isReadLabelBox(element) || isReadLabelLinkParagraph(element);
  // A wiki's "See also" heading: MediaWiki's wrapper (with its edit link) before the list, or before the mobile skin's
  // section the list opens.
  const before = blockBefore(element) ?? beforeLoneWrapper(element);
  const label = before && unwrapMediaWikiHeading(before);
  if (label && isReadLabel(label)) return isTitleList(element);
  // The label as the list's own first item, unlinked (`<ul><li><strong>LEIA TAMBÉM:</strong></li><li><a>…`), as
  // Brazilian portals set it between paragraphs.
  const first = element.firstElementChild;
  if (!first || first.querySelector('a') !== null || !isReadLabel(first)) return false;
  return isTitleList(element, first.nextElementSibling);
}

const isReadLabel = (element: Element): boolean => READ_LABEL.test(textOf(element));

/**
 * The block before the wrapper a list is the only content of: a page builder or a list-of-parts template sets each
 * part in a wrapper of its own, the label's paragraph in one and the list in the next (`div > p > strong "READ
 * MORE:"`, then `div > ul`, as HuffPost UK's content list sets them). The label's wrapper is read whole, as the label.
 */
function beforeLoneWrapper(list: Element): Element | null {
  const wrapper = loneWrapper(list);
  return wrapper ? wrapper.previousElementSibling : null;
}

/**
 * A related label as a box's own first line ("RELATED STORIES" over the box's links, as Future plc's science and tech
 * sites set it inside the story): only in a block box of its own (`BOX_TAGS`) holding nothing but links. A paragraph
 * of a label and links (`<p><strong>Related articles</strong>:<br><a>…`) and a list after a paragraph label are what
 * the Dragnet gold keeps (see `READ_LABEL`).
 */
const RELATED_BOX_LABEL = /^related(?: (?:stories|articles|content|coverage|links|posts|reading))?\s*:?$/i;
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);

/** True for a box's first line that labels it: a read-also label, or a related label on a block box. */
const isBoxLabel = (box: Element, label: Element): boolean =>
  isReadLabel(label) || (BOX_TAGS.has(box.tagName.toUpperCase()) && RELATED_BOX_LABEL.test(textOf(label)));

/**
 * A box that opens with its own read-also label and holds nothing but story links after it (`<div><h3>Más
 * información</h3><article><h4><a>…</a></h4></article></div>`): the label and its cards go together. Prose under
 * the label (a sentence with a link in it) keeps the box.
 */
function isReadLabelBox(element: Element): boolean {
  const label = element.firstElementChild;
  if (!label || label === element.lastElementChild || label.childElementCount > MAX_LABEL_ELEMENTS) return false;
  if (!isBoxLabel(element, label)) return false;
  return linkShare(element, label) >= MIN_ITEM_LINK_SHARE || holdsTeaserLists(label);
}

/** A teaser's blurb is a sentence or two (characters): a longer one is a point of the story. */
const MAX_BLURB_CHARS = 300;
/** A box of teasers holds at least this many: one linked item over a line is a list of the story's. */
const MIN_TEASERS = 2;
const BLURB_TAGS = new Set(['P', 'DIV', 'SPAN']);

/**
 * A list item that is a teaser: a story's title as a link of its own, then its blurb as a block with no link
 * (`<li><a>How much sleep do older adults need?</a><p>Sleep needs change with age. …</p></li>`), nothing else. A
 * point of a list with a link inside its sentence holds text of its own around the link.
 */
function isTeaserItem(item: Element): boolean {
  const [link, ...rest] = [...item.children];
  if (item.tagName.toUpperCase() !== 'LI' || link?.tagName.toUpperCase() !== 'A' || hasOwnText(item)) return false;
  return rest.every(
    (blurb) =>
      BLURB_TAGS.has(blurb.tagName.toUpperCase()) &&
      blurb.querySelector('a') === null &&
      textWithin(blurb, MAX_BLURB_CHARS) !== undefined,
  );
}

/**
 * True when everything after a box's label is lists of teasers (see `isTeaserItem`): a related box whose links carry a
 * blurb each ("Related Coverage" over titles and deks, as Healthline's and Medical News Today's pages close), which
 * the link share alone misses.
 */
function holdsTeaserLists(label: Element): boolean {
  let teasers = 0;
  for (let list = label.nextElementSibling; list; list = list.nextElementSibling) {
    if (!LIST_TAGS.has(list.tagName.toUpperCase())) return false;
    for (const item of list.children) {
      if (!isTeaserItem(item)) return false;
      teasers++;
    }
  }
  return teasers >= MIN_TEASERS;
}

/**
 * Titles a read-also label may head as paragraphs of their own, one link each: more are a run of the story's own
 * short lines, not a box of other stories.
 */
const MAX_LINK_PARAGRAPHS = 8;

/** True for a paragraph (`<p>`) that is all link text: a story's title set as a line of its own. */
function isLinkParagraph(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'P') return false;
  const { chars, linkChars } = countLinkText(element);
  return chars > 0 && linkChars >= chars * MIN_ITEM_LINK_SHARE;
}

/**
 * A bare related label set as a paragraph of its own in capitals, colon and all (`<p><strong>RELATED:</strong>
 * </p>`), over titles set as paragraphs of one link each: Investor's Business Daily and other WordPress newsrooms
 * set their related stories so between the paragraphs. The label in capitals is the site's own marker, not a writer's
 * lead-in; "Related stories:" in running case over a list is what the Dragnet gold keeps (see `READ_LABEL`).
 */
const CAPS_RELATED_LABEL = /^RELATED(?: (?:STORIES|ARTICLES|COVERAGE|LINKS|POSTS|READING))?\s*:$/u;
const isRelatedLabel = (element: Element): boolean => CAPS_RELATED_LABEL.test(textOf(element));

/**
 * A story's title set as a paragraph of its own under a read-also label paragraph, with only such titles between
 * them (`<p><strong>延伸閱讀</strong></p><p><a>…</a></p><p><a>…</a></p>`, as Taiwanese and Chinese papers' editors
 * set related stories between the paragraphs, the same as the list form above). The label goes line by line; without
 * this its titles stay as bare lines. A paragraph with prose around its link, or a label that is itself a link,
 * breaks the run.
 */
function isReadLabelLinkParagraph(element: Element): boolean {
  if (!isLinkParagraph(element)) return false;
  let previous = element.previousElementSibling;
  for (let seen = 0; previous && seen < MAX_LINK_PARAGRAPHS; seen++, previous = previous.previousElementSibling) {
    if (previous.querySelector('a') === null)
      return previous.tagName.toUpperCase() === 'P' && (isReadLabel(previous) || isRelatedLabel(previous));
    if (!isLinkParagraph(previous)) return false;
  }
  return false;
}
