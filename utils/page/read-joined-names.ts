import type { MetaText } from '../model';
import { readByline } from './read-byline';
import type { Line } from './split-lines';

/**
 * Two writers joined by "and" or "&", with no "By", as list and viral sites (Bored Panda) credit a story's writer and
 * its editor in the meta row: "Ann Lee and Bo Roe · Jan 19, 2021". Each name is two or three capitalised words, so
 * "Harbour Day and Night" or "Smith and Sons Ltd" is no pair of writers.
 */
const JOINED_NAMES =
  /^\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){1,2}\s(?:and|&)\s\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){1,2}$/u;
const BY_PREFIX = 'By ';

/**
 * The writers of a "NAME and NAME" part set apart from the date after it (see `JOINED_NAMES`), read as if "By" stood
 * before them; undefined for anything else. `separated` says a separator stands between the names and the date: a
 * sentence runs on into its date without one ("Ann Lee and Bo Roe March 3 …" stays to the other rules).
 */
export function readJoinedNames(part: Line, separated: boolean): MetaText[] | undefined {
  if (!separated || !JOINED_NAMES.test(part.text)) return undefined;
  return readByline({ text: `${BY_PREFIX}${part.text}`, start: part.start - BY_PREFIX.length, end: part.end });
}
