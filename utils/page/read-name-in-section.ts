import type { MetaText } from '../model';
import { isNameShaped } from './is-name-shaped';
import type { Line } from './split-lines';

/**
 * A writer's name, then "in" and the section or publication the post is filed under, with no "By": "Hollis Brandt
 * in The Flock" (WordPress themes such as Independent Publisher print "NAME in CATEGORY on DATE" as the post's meta
 * line; Medium's byline reads "NAME in PUBLICATION"). The name is two or three capitalised words; the section one to
 * four, capitalised but for its joining words ("Arts and Culture", "The Flock"). Group 1 is the name.
 */
const NAME_IN_SECTION =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,2})\s+in\s+\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|and|of|the|&)){0,3}$/u;

/** The writer of a "NAME in SECTION" line before a header's date (see `NAME_IN_SECTION`), or undefined. */
export function readNameInSection(line: Line): MetaText[] | undefined {
  const name = NAME_IN_SECTION.exec(line.text)?.[1];
  if (name === undefined || !isNameShaped(name)) return undefined;
  return [{ text: name, span: { start: line.start, end: line.start + name.length } }];
}
