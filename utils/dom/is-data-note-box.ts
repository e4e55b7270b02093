import { labelledBoxText } from './labelled-box-text';
import { seenSibling } from './seen-sibling';
import { lineWithin } from './text-within';

/**
 * The label a data desk or a statistics office prints over its boxed note on the data and methods beside a story:
 * "About the data", "About this data", "How we did this", "How we did it", "How we got the numbers", "Methodology",
 * "About the methodology", "Data and methodology", "Note to readers" (Statistics Canada's The Daily and other
 * statistical releases). The whole label.
 */
const DATA_NOTE_LABEL =
  /^(?:about (?:the|this|these|our) (?:data|numbers|analysis|methodology|survey)|how we (?:did (?:this|it)|got (?:the|these) (?:data|numbers)|analy[sz]ed the data|reported this(?: story)?)|(?:the )?methodology|data and methodology|(?:a )?notes? to readers)\s*[:.]?$/i;
/** A label is a short line: at most this many characters (spaces not counted). */
const MAX_LABEL_CHARS = 40;
/** A note on methods is a few paragraphs: more text than this (characters, spaces not counted) is more than a note. */
const MAX_BOX_CHARS = 2500;
/** A story paragraph beside the box holds at least this many characters: a sentence, not a label or a button. */
const MIN_PARAGRAPH_CHARS = 60;

/** True when `element` is a paragraph of prose. */
function isProse(element: Element | null): boolean {
  if (element?.tagName.toUpperCase() !== 'P') return false;
  // Read only up to a sentence's worth: `lineWithin` gives up past the budget, which is long enough.
  return lineWithin(element, MIN_PARAGRAPH_CHARS) === undefined;
}

/**
 * True for a data story's or a statistical release's note on its data and methods set apart as a box among the
 * story's paragraphs (a bordered panel, a raw-HTML aside): a box that opens on its label ("About the data", "Note to
 * readers") and stands between the story's own `<p>`s. Like the boxed "How we did this" note, it tells how the
 * numbers were made, not the story. A "Methods" section of a story built of sections (its siblings are other
 * sections, not paragraphs) and a "Methodology" subheading in the story's flow stay.
 */
export function isDataNoteBox(element: Element): boolean {
  if (labelledBoxText(element, (label) => DATA_NOTE_LABEL.test(label), MAX_LABEL_CHARS, MAX_BOX_CHARS) === undefined)
    return false;
  return isProse(seenSibling(element, 'before')) || isProse(seenSibling(element, 'after'));
}
