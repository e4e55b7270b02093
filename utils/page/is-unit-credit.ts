/**
 * The unit or office a military or government writer files for, on a line of its own under the byline, as service
 * news hubs and command sites print it ("Story by Sgt. Ann Lee" / "92nd Sustainment Brigade", "1st Infantry Division
 * Public Affairs", "Naval Air Station Whidbey Island, Public Affairs Office", "U.S. Army Corps of Engineers, Norfolk
 * District"): a short line of capitalised words, ordinals and connectors naming a unit's or office's kind. It is header
 * furniture only right under a writer's name (see `readHeader`); anywhere else the same words may be a subheading.
 */

/** A unit's or office's name is short: at most this many words. */
const MAX_WORDS = 10;
/** The kinds of unit or office a writer files for, as the name's own word. */
const UNIT =
  /^(?:brigade|division|battalion|regiment|squadron|wing|group|fleet|command|corps|detachment|garrison|flotilla|force|affairs|office|agency|headquarters|district|center|centre|directorate|installation|station)$/i;
/** A capitalised word, an acronym or abbreviation ("U.S.", "USACE", "CSSB"), or an ordinal ("92nd", "1st"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}.'’&/-]*|\d{1,4}(?:st|nd|rd|th)|\d{1,4})$/u;
/** Words a unit's name may hold in lower case: "Corps of Engineers", "Office of the Secretary". */
const CONNECTOR = /^(?:of|and|&|the|for|at|in|-|–|—)$/i;
/** A sentence ends on these; a name does not. */
const SENTENCE_END = /[.!?:;…"”]$/u;
/** An abbreviation closing the name ("U.S.", "… Co."): a stop after a capital is no sentence's end. */
const ABBREVIATION_END = /\p{Lu}\.$/u;
const SPACES = /\s+/;
/** A comma parts the unit from its office ("…, Public Affairs Office"). */
const COMMAS = /,/g;

/** True when a line is only a unit's or office's name: capitalised words and ordinals, one naming a unit's kind. */
export function isUnitCredit(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || (SENTENCE_END.test(line) && !ABBREVIATION_END.test(line))) return false;
  const words = line.replace(COMMAS, ' ').trim().split(SPACES);
  if (words.length > MAX_WORDS) return false;
  return (
    words.every((word) => NAME_WORD.test(word) || CONNECTOR.test(word)) &&
    words.some((word) => NAME_WORD.test(word) && UNIT.test(word))
  );
}
