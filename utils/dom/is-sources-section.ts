import { headedClosingSectionTest } from './headed-closing-section';
import { childrenBesideEditLink, headingLineWithin, unwrapMediaWikiHeading } from './media-wiki-heading';
import { textWithin } from './text-within';

/**
 * The heading over a fact-check's or report's citations: "Sources", "Our Sources", "Sources:", "References", the
 * labels Bustle Digital Group's parenting and lifestyle sites (Romper, Bustle, Elite Daily) close an explainer with
 * ("Studies cited:", "Study referenced:", "Sources interviewed:"), and the same heading as wikis in other languages
 * write it over a news story's sources (Wikinews: "Quellen", "Fuentes", "Fonti", "Fontes", "Bronnen", "Źródła",
 * "Источники").
 */
const SOURCES_HEADING =
  /^(?:our |the )?(?:sources|references|citations|bibliography|works cited|(?:studies|study|research) (?:cited|referenced)|sources? (?:cited|consulted|interviewed)|quellen|einzelnachweise|fuentes|fonti|fontes|bronnen|źródła|источники)\s*[:：]?$/i;
/** A label set as a heading, a paragraph, or a plain `<div>` where the template prints no paragraphs. */
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'HEADER']);
const ENTRY_TAGS = new Set(['P', 'LI', 'UL', 'OL', 'DIV', 'ARTICLE', 'SECTION']);
const INNER_HEADINGS = 'h1, h2, h3, h4, h5, h6, figure, img, form';
/** A heading is a short line: at most this many characters other than spaces. */
const MAX_HEADING_CHARS = 20;
/** A citation is a line or two ("Agency, Title, accessed Nov. 22, 2026"): at most this many characters each. */
const MAX_ENTRY_CHARS = 400;
/** The section is a list of citations, not a story: at most this many blocks under its heading. */
const MAX_ENTRIES = 40;

/**
 * True when an element is the heading over sources, or a wrapper holding only such a heading (MediaWiki's
 * `div.mw-heading`, whose edit link, "[edit]", is no part of the heading's words).
 */
function isSourcesHeading(element: Element): boolean {
  const heading = unwrapMediaWikiHeading(element);
  if (!HEADING_TAGS.has(heading.tagName.toUpperCase())) return false;
  if (childrenBesideEditLink(heading) > 1) return false;
  const text = headingLineWithin(heading, MAX_HEADING_CHARS);
  return text !== undefined && SOURCES_HEADING.test(text);
}

/** True when a block reads as citations: short lines, no headings, pictures or forms. */
function isEntry(element: Element): boolean {
  if (!ENTRY_TAGS.has(element.tagName.toUpperCase()) || element.querySelector(INNER_HEADINGS)) return false;
  const lines = element.querySelectorAll('p, li');
  if (lines.length === 0) return textWithin(element, MAX_ENTRY_CHARS) !== undefined;
  return [...lines].every((line) => textWithin(line, MAX_ENTRY_CHARS) !== undefined);
}

/**
 * True for the sources list that closes a fact-check or report: its heading ("Our Sources", "Sources:") and the
 * citations after it to the end of their block (PolitiFact's, Snopes' and FactCheck.org's lists of documents,
 * interviews and links). They say where the story's facts come from, not what it tells, and come with no class the
 * furniture vocabulary could always read. A heading with a story's paragraphs, a picture or a subheading after it
 * stays.
 */
export const isSourcesSection = headedClosingSectionTest({
  isHeading: isSourcesHeading,
  isEntry,
  entryTags: ENTRY_TAGS,
  maxEntries: MAX_ENTRIES,
});
