import { patternListTest } from '../text/pattern-list-test';
import { WORD_CHARACTER } from '../text/word-pattern';
import { LINE_PATTERNS } from './boilerplate/line-patterns';
import { isTagListLine } from './is-tag-list-line';

/** The line tables, each pattern tried only on lines holding its required words. */
const isBoilerplate = patternListTest(LINE_PATTERNS);

/** True when a line of the article region is furniture, not prose. */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  // A line without a letter or digit (an emoji over a callout, a lone bullet) says nothing a reader reads.
  if (trimmed.length > 0 && !WORD_CHARACTER.test(trimmed)) return true;
  return isTagListLine(trimmed) || isBoilerplate(trimmed);
}
