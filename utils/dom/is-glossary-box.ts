import { boxLabel } from './box-label';
import { textWithin } from './text-within';

/**
 * The label a newsroom prints over its boxed glossary of a story's jargon, as military, science and finance desks set
 * one among the paragraphs: "Key terms", "Glossary", "Acronyms", "Acronyms in this story", "Terms to know", "Jargon
 * buster", "What the terms mean". The whole label.
 */
const GLOSSARY_LABEL =
  /^(?:key terms|glossary|(?:acronyms|abbreviations|terms)(?: (?:used )?in this (?:story|article|report|piece))?|(?:key )?terms to know|jargon buster|(?:the )?(?:jargon|lingo|terms|acronyms),? (?:explained|decoded|defined)|what (?:the|these) (?:terms|acronyms|words) mean)\s*[:.]?$/i;
/** A label is a short line: at most this many characters (spaces not counted). */
const MAX_LABEL_CHARS = 40;
/** A glossary box defines a handful of terms: more text than this (characters, spaces not counted) is a section. */
const MAX_BOX_CHARS = 1500;

/**
 * True for a boxed glossary among a story's paragraphs: a box that opens on its label ("Key terms") and holds under it
 * one definition list (`<dl>` of terms and their meanings) and nothing else. It explains words for the reader who
 * stops on them, as a caption explains a picture, and the story reads on without it. A "Glossary" subheading in the
 * story's own flow (its siblings are the story's paragraphs, not a box of its own) and a labelled box holding
 * paragraphs stay.
 */
export function isGlossaryBox(element: Element): boolean {
  const label = boxLabel(element, MAX_LABEL_CHARS);
  if (label === undefined || !GLOSSARY_LABEL.test(label)) return false;
  const list = element.firstElementChild?.nextElementSibling;
  if (list?.tagName.toUpperCase() !== 'DL' || list.nextElementSibling !== null) return false;
  return textWithin(element, MAX_BOX_CHARS) !== undefined;
}
