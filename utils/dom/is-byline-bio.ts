/** A writer's name: two to four capitalised words, maybe with particles between them ("Sipho van der Berg"). */
const NAME =
  /^\p{Lu}[\p{L}.'’-]+(?:\s+(?:(?:van|von|de|der|den|du|da|la|le|el|al|bin|ibn)\s+)*\p{Lu}[\p{L}.'’-]+){1,3}$/u;
/** What a bio says after the name: who the writer is ("is a reporter at …", "was the paper's …", "covers …"). */
const BIO_VERB = /^\s+(?:is|was|covers|writes|reports)\s/u;
const SPACES = /\s+/g;

/**
 * True when a header text restates the byline name just before it as the start of a bio sentence: the author block
 * of many templates prints the name, then "Ann Lee is a journalist at The Paper." beside it, which glues to the name
 * as one line that no longer reads as a byline. Prose that merely opens with a name has no name right before it.
 */
export function isBylineBio(name: string, text: string): boolean {
  const before = name.replace(SPACES, ' ').trim();
  const after = text.replace(SPACES, ' ').trim();
  return NAME.test(before) && after.startsWith(before) && BIO_VERB.test(after.slice(before.length));
}
