import { textOf } from './text-of';

const BOX_TAGS = new Set(['DIV', 'ASIDE', 'SECTION', 'FIGURE']);
/** A key-numbers box shows one to six figures, each over its label: at most this many lines. */
const MAX_LINES = 12;
/** A figure is a short number: "53%", "+34%", "20:14", "$6.40", "1.9bn", "3x". */
const FIGURE = /^[+\-−–]?[$€£]?\d[\d,.:]{0,8}\s?(?:%|percent|[kmb]n?|million|billion|x)?$/i;
/**
 * A statistic shows a mark besides its digits (a sign, currency, separator or unit): a bare whole number is a
 * listicle's item number over its title ("10" / "Thomas Corbett") or a year, not a key figure.
 */
const BARE_NUMBER = /^\d+$/;
/** A figure's label is a phrase, not a sentence of the story: at most this many characters, no closing stop. */
const MAX_LABEL_CHARS = 120;
const SENTENCE_END = /[.!?]["”’]?$/;

/** How often `needle` occurs in `text`. */
const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;
/** A share with its sign, as a box shows it ("61%"): the story may spell the sign out. */
const PERCENT_SIGN = /^(.*\d)\s?%$/;
/**
 * How often `figure` occurs in `text`, a share also as a story spells it: a box shows "61%" where the story, in AP
 * or British style, prints "61 percent" or "61 per cent".
 */
function figureOccurrences(text: string, figure: string): number {
  const number = PERCENT_SIGN.exec(figure)?.[1];
  const count = occurrences(text, figure);
  return number === undefined
    ? count
    : count + occurrences(text, `${number} percent`) + occurrences(text, `${number} per cent`);
}

/**
 * True for a data story's key-numbers box: a block of big figures, each over a short label ("53%" / "of households had
 * a working adult"), whose every figure the page prints elsewhere too (in the story or its table). Like a pull quote,
 * it repeats the story for the eye; a box whose figure appears nowhere else, or whose lines are sentences, stays.
 */
export function isKeyNumbersBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const children = [...element.children];
  if (children.length < 2 || children.length > MAX_LINES) return false;
  // Every block on the page is asked: the first child's text decides cheaply before the rest is read.
  const lines = children.map(textOf).filter((line) => line.length > 0);
  if (lines.length < 2 || !FIGURE.test(lines[0] ?? '')) return false;
  const figures: string[] = [];
  let labelDue = false;
  for (const line of lines) {
    if (FIGURE.test(line)) {
      if (labelDue || BARE_NUMBER.test(line)) return false;
      figures.push(line);
      labelDue = true;
    } else {
      if (!labelDue || line.length > MAX_LABEL_CHARS || SENTENCE_END.test(line)) return false;
      labelDue = false;
    }
  }
  if (labelDue) return false;
  const page = textOf(element.ownerDocument.body);
  const box = textOf(element);
  return figures.every((figure) => figureOccurrences(page, figure) > figureOccurrences(box, figure));
}
