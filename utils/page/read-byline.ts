import type { MetaText } from '../model';
import type { Line } from './split-lines';

/** A byline longer than this (in words) is a sentence starting with "By", not a credit line. */
const BYLINE_MAX_WORDS = 12;

const BYLINE = /^by\s+/i;
// Names are separated by commas, "and" or "&"; each separator is consumed whole so spans stay on the names.
const SEPARATOR = /\s*(?:,\s*and\s+|,|\s+and\s+|\s*&\s*)\s*/giu;
const SENTENCE_END = /[.!?;:]$/;
const SPACES = /\s+/;
// A name starts with a letter; "By 2025, …" or "By contrast" are sentences.
const NAME_START = /^\p{Lu}/u;

/** Reads "By Jim Heintz and Hyung-Jin Kim" into one entry per name, each with its span; undefined otherwise. */
export function readByline(line: Line): MetaText[] | undefined {
  const prefix = BYLINE.exec(line.text);
  if (!prefix || SENTENCE_END.test(line.text)) return undefined;
  if (line.text.split(SPACES).length > BYLINE_MAX_WORDS) return undefined;
  const names: MetaText[] = [];
  let from = prefix[0].length;
  const pushName = (to: number): void => {
    const text = line.text.slice(from, to).trim();
    if (!text) return;
    const start = line.start + line.text.indexOf(text, from);
    names.push({ text, span: { start, end: start + text.length } });
  };
  for (const separator of line.text.slice(from).matchAll(SEPARATOR)) {
    const at = prefix[0].length + separator.index;
    pushName(at);
    from = at + separator[0].length;
  }
  pushName(line.text.length);
  return names.length > 0 && names.every((name) => NAME_START.test(name.text)) ? names : undefined;
}
