import { isBoilerplateLine } from './is-boilerplate-line';
import { textOf } from './text-of';
import { textWithin } from './text-within';

/** An offer box is a label, an offer and a button (characters, spaces not counted); more is a section of the story. */
const MAX_OFFER_BOX_CHARS = 300;
/** The label over the offer is a plan's or product's name, a few words ("t3n Pro", "Salon Premium", "Offre"). */
const MAX_LABEL_WORDS = 3;
/** The offer says something: a line of at least this many characters, not just a button's "Jetzt testen". */
const MIN_OFFER_CHARS = 40;
/** A label is a name: no sentence ends in it. */
const SENTENCE_END = /[.!?;:]/;
/** Blocks an offer box is built as; a paragraph is a line of the story, which the line rules judge. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);

/** True when the line is a short name with no sentence in it: a label over a box, or a button. */
const isLabel = (line: string): boolean => line.split(' ').length <= MAX_LABEL_WORDS && !SENTENCE_END.test(line);

/**
 * True for a short box set in the story whose lines are a short label (the plan's name over it, "t3n Pro"), an offer
 * the line rules drop as a pitch or a wall ("Teste t3n Pro jetzt 30 Tage kostenlos!") and, often, a button they drop
 * too: upsell and trial boxes whose class names say nothing a general rule could read (`c-pro-teaser`). The line rules
 * drop the offer and the button; the label, a name with no sentence, would stay as a line of its own. A box with any
 * line the rules keep, or with its own loose text, is the story's.
 */
export function isOfferBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  if (textWithin(element, MAX_OFFER_BOX_CHARS) === undefined) return false;
  let label = false;
  let offer = false;
  for (const child of element.childNodes) {
    const line = textOf(child);
    if (line.length === 0) continue;
    if (child.nodeType !== 1) return false;
    if (isBoilerplateLine(line)) offer ||= line.length >= MIN_OFFER_CHARS;
    else if (isLabel(line)) label = true;
    else return false;
  }
  return label && offer;
}
