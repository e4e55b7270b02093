import { headedClosingSectionTest, shortBlockTest } from './headed-closing-section';
import { lineWithin } from './text-within';

/**
 * The heading over a press release's notes for journalists, as charities, NGOs, universities and British and Irish
 * organisations print it: "Notes to editors", "Note to editors", "Notes for editors", "Editors' notes", "NOTES TO
 * EDITORS:". Not a singular "Editor's note", which says something about the story to its readers.
 */
const NOTES_HEADING = /^(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?\s+notes)\s*[:：]?$/i;
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'HEADER']);
const ENTRY_TAGS = new Set(['P', 'LI', 'UL', 'OL', 'DIV', 'SECTION', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** The heading is a short line: at most this many characters other than spaces. */
const MAX_HEADING_CHARS = 24;
/** A note is a line or a short paragraph (a report's link, a method, a spokesperson, a contact): at most this long. */
const MAX_ENTRY_CHARS = 600;
/** The notes are a handful of blocks, the contacts under them included: more is a story, not notes. */
const MAX_ENTRIES = 20;

/** True when an element is the heading over notes to editors, or a wrapper holding only such a heading. */
function isNotesHeading(element: Element): boolean {
  if (!HEADING_TAGS.has(element.tagName.toUpperCase())) return false;
  if (element.childElementCount > 1) return false;
  const text = lineWithin(element, MAX_HEADING_CHARS);
  return text !== undefined && NOTES_HEADING.test(text);
}

/**
 * True for the notes to editors that close a press release on a charity's, NGO's or university's newsroom: the
 * heading and every block after it to the end of the release's block (where to download the report, how the figures
 * were worked out, which spokespeople are free for interview, the press office's contacts under their own
 * "Contact information" heading). They are addressed to journalists, not readers of the story, and sit in the same
 * body field as the release with no class of their own. A heading with long paragraphs, a picture or a table after
 * it stays.
 */
export const isEditorNotesSection = headedClosingSectionTest({
  isHeading: isNotesHeading,
  // A note: short, with no picture, table or form.
  isEntry: shortBlockTest(ENTRY_TAGS, MAX_ENTRY_CHARS),
  entryTags: ENTRY_TAGS,
  maxEntries: MAX_ENTRIES,
});
