/**
 * Medium's story markup (2013 to the 2020 redesign, and publications on custom domains served the same way) names
 * every block of the story `graf graf--<kind>` and adds `graf-after--<kind>` for the kind of the block BEFORE it: the
 * paragraph after a pull quote is `graf graf--p graf-after--pullquote`, the one after a figure `graf-after--figure`.
 * That name says what the neighbour is, not what the block is, so it is not read for furniture words: the paragraph
 * under a pull quote is the story's, while the quote itself (`graf--pullquote`) still reads as one.
 */
const GRAF_AFTER = /(^|\s)graf-after--[\w-]+(?=$|\s)/g;

/** `classes` without Medium's `graf-after--<kind>` names (see `GRAF_AFTER`). */
export function withoutGrafAfterNames(classes: string): string {
  return classes.replace(GRAF_AFTER, '$1');
}
