import { patternListTest } from '../text/pattern-list-test';
import { WORD_CHARACTER } from '../text/word-pattern';
import { LINE_PATTERNS } from './boilerplate/line-patterns';
import { isTagListLine } from './is-tag-list-line';

/** The line tables, each pattern tried only on lines holding its required words. */
const isBoilerplate = patternListTest(LINE_PATTERNS);
/** The bar or dot a tool row prints between its links ("122 Comments | + Add A Comment"), spaced. */
const ROW_SEPARATOR = /\s+[|·•]\s+/u;
/** A tool row holds a few short links: more parts, or a longer one, is a list or a sentence. */
const MAX_ROW_PARTS = 4;
const MAX_PART_CHARS = 40;
/** The sign a link may open on ("+ Add A Comment", "» Reply"), which is no word. */
const LEADING_SIGN = /^[+»›>]\s*/u;

/** True for one line that the tables read as furniture, or a tag list. */
const isFurnitureAlone = (line: string): boolean => isTagListLine(line) || isBoilerplate(line);

/**
 * True for a row of a few short parts between bars or dots, each furniture on its own line: "122 Comments | + Add A
 * Comment", "Print | Email". A part that is not ("Sports | Football") keeps the row.
 */
function isToolRow(line: string): boolean {
  const parts = line.split(ROW_SEPARATOR);
  if (parts.length < 2 || parts.length > MAX_ROW_PARTS) return false;
  return parts.every((part) => {
    const words = part.trim().replace(LEADING_SIGN, '');
    return words.length > 0 && words.length <= MAX_PART_CHARS && isFurnitureAlone(words);
  });
}

/** True when a line of the article region is furniture, not prose. */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  // A line without a letter or digit (an emoji over a callout, a lone bullet) says nothing a reader reads.
  if (trimmed.length > 0 && !WORD_CHARACTER.test(trimmed)) return true;
  return isFurnitureAlone(trimmed) || isToolRow(trimmed);
}
