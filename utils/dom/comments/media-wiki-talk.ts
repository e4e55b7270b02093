import type { FoundComment, FoundComments } from './found-comment';
import { commonAncestor } from './common-ancestor';
import { textOf } from '../text-of';
import { unwrapMediaWikiHeading } from '../media-wiki-heading';
import { parseDate } from '../../page/parse-date';
import { isHeadingElement } from '../heading-tags';

/**
 * The timestamp a MediaWiki signature (`~~~~`) ends on in English: "09:12, 28 November 2026 (UTC)", as every
 * English-language MediaWiki (Wikipedia, Wikinews, Miraheze wikis) writes it after the writer's user and talk links.
 */
const SIGNATURE_TIME =
  /(\d{1,2}:\d{2}), (\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}) \(UTC\)$/;
/** Talk-page comments are list items: `*` items, and `:` indents (`<dd>`) for replies, in the wiki's parsed text. */
const ITEMS = '.mw-parser-output li, .mw-parser-output dd';
/** The lists a comment's replies are nested in, which are not its own text. */
const REPLY_LISTS = new Set(['DL', 'UL', 'OL']);
/**
 * A user page link (`/wiki/User:Name`, `title="User:Name"`), not the user's talk page, or an unregistered writer's
 * contributions link (`Special:Contributions/203.0.113.7`): every signature holds one.
 */
const USER_LINK = /(?:^|[/:\s])(?:User:|Special:Contributions\/)/;
/** One signed item is a quote or a note; a discussion has replies. */
const MIN_COMMENTS = 2;
/** Blocks looked at above the comments for the section's heading ("Discuss this story") and its note. */
const MAX_LEAD_BLOCKS = 3;
/** A block between that heading and the comments longer than this (characters) is prose, not the section's note. */
const MAX_NOTE_CHARS = 400;
const TEXT_NODE = 3;

/** An item's own text: without the replies nested in it. */
function ownText(item: Element): string {
  let text = '';
  for (const node of item.childNodes) {
    if (node.nodeType === TEXT_NODE) text += node.textContent ?? '';
    else if (node.nodeType === 1 && !REPLY_LISTS.has((node as Element).tagName.toUpperCase()))
      text += node.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The signature's user link: the last link to a user page in the item's own text. */
function userLink(item: Element): Element | undefined {
  let found: Element | undefined;
  for (const link of item.querySelectorAll('a')) {
    if (!isOwn(item, link)) continue;
    const target = `${link.getAttribute('href') ?? ''} ${link.getAttribute('title') ?? ''}`;
    if (USER_LINK.test(target)) found = link;
  }
  return found;
}

/** Whether `link` belongs to `item`'s own text, not to a reply nested in it. */
function isOwn(item: Element, link: Element): boolean {
  for (let at = link.parentElement; at && at !== item; at = at.parentElement)
    if (REPLY_LISTS.has(at.tagName.toUpperCase())) return false;
  return true;
}

/** A signature's timestamp in ISO form ("2026-11-28T09:12:00Z"); the day is read as every page date is. */
function isoTime(match: RegExpExecArray): string | undefined {
  const [, time = '', day = ''] = match;
  const date = parseDate(day);
  return date ? `${date.iso}T${time.padStart(5, '0')}:00Z` : undefined;
}

/**
 * The section's heading and the short note under it ("These comments are automatically transcluded from this
 * article's talk page …"), when a heading stands a few short blocks above the comments' list.
 */
function sectionLead(list: Element): Element[] {
  const lead: Element[] = [];
  let block = list.previousElementSibling;
  for (let i = 0; block && i < MAX_LEAD_BLOCKS; i++, block = block.previousElementSibling) {
    lead.push(block);
    // MediaWiki 1.43 and later wrap the heading with its edit link.
    if (isHeadingElement(unwrapMediaWikiHeading(block))) return lead;
    if (textOf(block).length > MAX_NOTE_CHARS) return [];
  }
  return [];
}

/**
 * Comments on a MediaWiki talk page, or transcluded from one into the page (the Wikipedia Signpost's "Discuss this
 * story"): list items of the parsed text whose own text ends on a signature's timestamp, the writer being the
 * signature's user link; a reply is an item nested in another (a `:` indent under a `*` comment). No class names any
 * of it, so the generic pattern finds none.
 */
export function findMediaWikiTalk(doc: Document): FoundComments | undefined {
  const items = [...doc.querySelectorAll(ITEMS)];
  if (items.length < MIN_COMMENTS) return undefined;
  const signed: { item: Element; author: Element; dateTime: string }[] = [];
  for (const item of items) {
    const match = SIGNATURE_TIME.exec(ownText(item));
    const dateTime = match ? isoTime(match) : undefined;
    const author = dateTime ? userLink(item) : undefined;
    if (dateTime && author) signed.push({ item, author, dateTime });
  }
  if (signed.length < MIN_COMMENTS) return undefined;
  const index = new Map(signed.map(({ item }, at) => [item, at]));
  const comments: FoundComment[] = signed.map(({ item, author, dateTime }) => {
    let parentIndex: number | undefined;
    for (let at = item.parentElement; at && parentIndex === undefined; at = at.parentElement)
      parentIndex = index.get(at);
    return {
      element: item,
      author,
      dateTime,
      body: [item],
      ...(parentIndex === undefined ? {} : { parentIndex }),
    };
  });
  // The lists holding the comments, with the section's heading and note over them, are left out of the article.
  const lists: Element[] = [];
  for (const { item } of signed) {
    const list = item.parentElement;
    if (list && !signed.some((other) => other.item.contains(list))) lists.push(list);
  }
  const tops = [...new Set(lists)];
  const first = tops[0];
  const region = tops.length === 1 ? first : commonAncestor(tops);
  if (!first || !region) return undefined;
  return { system: 'mediawiki-talk', region, comments, parts: [...sectionLead(first), ...tops] };
}
