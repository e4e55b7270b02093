import { authorBioTest } from '../page/author-bio-test';

/** A writer's name: two to four capitalised words, maybe with particles between them ("Sipho van der Berg"). */
const NAME =
  /^\p{Lu}[\p{L}.'’-]+(?:\s+(?:(?:van|von|de|der|den|du|da|la|le|el|al|bin|ibn)\s+)*\p{Lu}[\p{L}.'’-]+){1,3}$/u;
const SPACES = /\s+/g;

/**
 * True when a header text restates the byline name just before it as the start of a bio sentence: the author block
 * of many templates prints the name, then "Ann Lee is a journalist at The Paper." beside it, which glues to the name
 * as one line that no longer reads as a byline. Prose that merely opens with a name has no name right before it. The
 * bio is told as the parser tells one under the story (`authorBioTest`).
 */
export function isBylineBio(name: string, text: string): boolean {
  const before = name.replace(SPACES, ' ').trim();
  return NAME.test(before) && authorBioTest([before]).isBio(text);
}
