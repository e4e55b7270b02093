/**
 * The place a German or Dutch regional story opens on, set as a sentence of its own ("Gelsenbach. Das Hallenbad …",
 * "Bad Homburg. …", "Mülheim/Ruhr. …"): one to three capitalised words, joined by a space, slash or hyphen, then a
 * full stop and the first sentence. Funke, Madsack and their peers print the story's lead so, in bold, often in a
 * block named "intro" in the header: it is the story's first paragraph, not a dek.
 */
const PLACE_DATELINE = /^(\p{Lu}[\p{L}\p{M}'’]+(?:[ /-]\p{Lu}[\p{L}\p{M}'’]+){0,2})\. \p{Lu}/u;
/** German letters as a URL slug spells them. */
const SLUG_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const SLUG_LETTER = /[äöüß]/g;
const MARKS = /\p{M}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
/** The shortest place name read so ("Ulm"): an abbreviation ("Dr.", "St.") is shorter. */
const MIN_PLACE_CHARS = 3;

/** The slugs a place name is spelt as in a URL: "Mülheim/Ruhr" is `muelheim-ruhr` or `mulheim-ruhr`. */
function slugsOf(place: string): string[] {
  const lower = place.toLowerCase();
  const spelt = lower.replace(SLUG_LETTER, (letter) => SLUG_LETTERS[letter] ?? letter);
  const plain = lower.normalize('NFD').replace(MARKS, '');
  return [...new Set([spelt, plain])].map((slug) => slug.replace(NON_WORD, '-'));
}

/**
 * True when `text` opens on such a place and the page names the same place in its URL (`/staedte/gelsenbach/`) or its
 * declared headline ("Gelsenbach: Stadt schließt …"), as regional papers file and title a story by its town. A
 * one-word sentence the page does not name so ("Endlich. Nach zehn Jahren …") is a dek's opening, not a dateline.
 */
export function opensOnPlaceDateline(text: string, url: string | (() => string) = '', headline = ''): boolean {
  const place = PLACE_DATELINE.exec(text.trim())?.[1];
  if (place === undefined || place.length < MIN_PLACE_CHARS) return false;
  // The address may be a function, read only for a line that opens so (the header walk tries every line).
  const address = typeof url === 'string' ? url : url();
  // Whole words only: "Dr." is no place because a headline says "Drei" or a URL "/drucken/".
  const named = (haystack: string, word: string): boolean =>
    ` ${haystack.toLowerCase().replace(NON_WORD, ' ')} `.includes(` ${word.replace(NON_WORD, ' ').trim()} `);
  return named(headline, place.toLowerCase()) || slugsOf(place).some((slug) => named(address, slug));
}
