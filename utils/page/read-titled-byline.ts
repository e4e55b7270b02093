import { isCreditPart } from './is-header-furniture';
import type { HeaderLine } from './read-header-line';
import { readHeaderLine } from './read-header-line';
import type { Line } from './split-lines';

/** A writer's name: two or three capitalised words ("Ann Lee", "Ana de Vries" is left to "By" lines). */
const NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}$/u;
/** Only words on the line: no digits, no separators, no sentence punctuation. */
const WORDS_ONLY = /^[\p{L}.'’ &-]+$/u;
const WORD = /\S+/gu;
/**
 * Words that open a staff title rather than a name ("Senior Staff Writer", "Chief Political Correspondent"): a line
 * that is all title never yields a name from its first words.
 */
const TITLE_WORD =
  /\b(?:senior|staff|chief|deputy|associate|assistant|contributing|special|political|managing|executive|news|foreign|national|investigative|writer|editor|reporter|correspondent|columnist|contributor|bureau)\b/i;
/** A staff title beside a name is two words or more ("Staff Writer", "BuzzFeed News Reporter"). */
const MIN_TITLE_WORDS = 2;
/** The shortest name first: a surname is one word more often than a staff title is ("Ann Lee Staff Writer"). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

/**
 * The writer's name with the staff title beside it on one line, as a byline block sets the author link and the title
 * span side by side with no separator ("Ann Lee BuzzFeed News Reporter", "Ann Lee Senior Correspondent"), over the date
 * line: the name as the line's byline, or undefined. A title alone, a sentence, or such a line with no date under it is
 * left to the other header readers.
 */
export function readTitledByline(line: Line, next: Line | undefined): HeaderLine | undefined {
  if (next === undefined || !WORDS_ONLY.test(line.text)) return undefined;
  const stamp = readHeaderLine(next);
  if (stamp?.date === undefined || stamp.bylines.length > 0 || stamp.rest) return undefined;
  const words = [...line.text.matchAll(WORD)];
  for (let count = MIN_NAME_WORDS; count <= MAX_NAME_WORDS && count + MIN_TITLE_WORDS <= words.length; count++) {
    const last = words[count - 1];
    const title = words[count];
    if (last?.index === undefined || title?.index === undefined) return undefined;
    const end = last.index + last[0].length;
    const name = line.text.slice(0, end);
    if (TITLE_WORD.test(name)) return undefined;
    if (NAME.test(name) && !isCreditPart(name) && isCreditPart(line.text.slice(title.index)))
      return { bylines: [{ text: name, span: { start: line.start, end: line.start + end } }] };
  }
  return undefined;
}
