import { isHeadingElement } from './heading-tags';
/**
 * A slug of fewer words could be a template's own name that happens to match the heading ("Related stories" under
 * `id="related-stories"`); from three words on, the id is the heading's words and says nothing of the template.
 */
const MIN_SLUG_WORDS = 3;
/** A short prefix or suffix slug builders add: `h-`, `toc-`, `section-`, a running number. */
const MAX_EXTRA_WORDS = 1;

/** The lower-case letter-and-digit words of a text or an id (`Split_it_into_categories` → split it into categories). */
export const slugWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);

/** Letters and digits only, lower case: how Confluence writes a heading's words into its id. */
const compacted = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Confluence's heading id: the page title and the heading's words, each without spaces, joined by a dash. */
const CONFLUENCE_HEADING_ID = /^[\p{L}\p{N}]+-(.+)$/u;

/**
 * True when a heading's id is its page's title and its own words with the spaces taken out
 * (`CommunityNewsletterNovember2026-Pelican4.2released` over "Pelican 4.2 released"), as Confluence writes every
 * heading's id. The page title's words ("Community", "Newsletter") are no name of the heading.
 */
function isCompactedSlugId(element: Element): boolean {
  const words = CONFLUENCE_HEADING_ID.exec(element.id)?.[1];
  if (words === undefined) return false;
  const text = compacted(element.textContent ?? '');
  return text.length > 0 && compacted(words) === text;
}

/** A shortened slug keeps at least this many of the heading's words: one word alone may be a template's name. */
const MIN_SHORT_SLUG_WORDS = 2;
/**
 * A shortened slug leaves out at least this many of the heading's words: a box label one word longer than the
 * template's name for the box ("Pros and cons" in `div#pros-cons`'s `h3#pros-cons`) is the box's, where a subheading
 * runs on past its anchor's words.
 */
const MIN_LEFT_OUT_WORDS = 2;

/**
 * True when the id's words are the heading's first word and others of its words in their order, the rest left out
 * (`<h2 id="pros-cons">Pros and cons of a CD ladder</h2>`, `id="how-to-build"` over "How to build a CD ladder"), as
 * editors of money and health guides (Bankrate, Forbes Advisor) write their jump links' anchors by hand.
 */
function isShortenedSlug(id: readonly string[], text: readonly string[]): boolean {
  if (id.length < MIN_SHORT_SLUG_WORDS || text.length - id.length < MIN_LEFT_OUT_WORDS || id[0] !== text[0])
    return false;
  let at = 0;
  for (const word of text) if (word === id[at]) at += 1;
  return at >= id.length;
}

/**
 * True when a heading's id is the slug of its own words (`<h2 id="split-it-into-categories">Split it into
 * categories</h2>`, Easy Table of Contents' `Split_it_into_categories`, Rank Math's `h-split-it-into-categories`), as
 * WordPress block headings, table-of-contents plugins, Markdown renderers and script-built sites write them for jump
 * links, or a shortened slug of them (see `isShortenedSlug`). Such an id names nothing of the template: a furniture
 * word in it ("categories", "sources", "sharing", "pros-cons") is the writer's word, and the heading is the story's
 * subheading.
 */
export function isTextSlugId(element: Element): boolean {
  // Section headings, whose ids CMSs and Markdown renderers build from their words.
  if (!isHeadingElement(element) || element.id === '') return false;
  if (isCompactedSlugId(element)) return true;
  const text = slugWords(element.textContent ?? '');
  const id = slugWords(element.id);
  if (text.length < MIN_SLUG_WORDS) return false;
  if (isShortenedSlug(id, text)) return true;
  if (id.length < text.length || id.length > text.length + MAX_EXTRA_WORDS) return false;
  const joined = ` ${id.join(' ')} `;
  return joined.includes(` ${text.join(' ')} `);
}

/** The words a furniture heading leads with ("More from Harbour", "Sources and notes"): its first two. */
const LEAD_WORDS = 2;

/**
 * A heading's first words as a slug (`more-from`), to tell a furniture heading ("More from Harbour" under
 * `id="section-more-from-harbour"`, whose id rightly names it) from a subheading that only mentions a furniture word
 * later on ("Split it into categories").
 */
export function headingLead(element: Element): string {
  return slugWords(element.textContent ?? '')
    .slice(0, LEAD_WORDS)
    .join('-');
}
