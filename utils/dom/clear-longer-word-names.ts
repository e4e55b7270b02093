import { dropClassNames } from './drop-class-names';
import { UNLIKELY_NAME } from './readability-names';

/**
 * Words that hold one of Readability's unlikely words ("extra", "remark") without meaning it: "extracted",
 * "extraction", "extraordinary", "remarkable". Readability tests its words anywhere in a class or id, so BBC News's
 * wrapper of 2019 around the story's share row and body, `with-extracted-share-icons`, read as an "extra" box and was
 * dropped with the whole story on the strict first pass the reader trusts. Only these stems: most longer words that
 * hold an unlikely word are compounds that mean it (`sitefooter`, `socialshare`, `mainmenu`, `subheader`).
 */
const LONGER_WORD = /extract|extraordinar|remarkab/gi;
/** The elements whose class or id may hold such a word (an attribute search, one per page copy). */
const CANDIDATES = '[class*="extr" i], [class*="remark" i], [id*="extr" i], [id*="remark" i]';

/** True for a name whose only unlikely words are inside the longer words above. */
function isUnlikelyOnlyInLongerWord(name: string): boolean {
  if (!UNLIKELY_NAME || !UNLIKELY_NAME.test(name)) return false;
  return !UNLIKELY_NAME.test(name.replace(LONGER_WORD, ' '));
}

/**
 * Takes off every element of a page copy the class names and the id that read as unlikely content only through a
 * longer word holding an unlikely one (see `LONGER_WORD`); a name that also says "sidebar" or "footer" stays. Edits
 * `doc` in place; meant for the clone Readability reads.
 */
export function clearLongerWordNames(doc: Document): void {
  for (const element of doc.querySelectorAll(CANDIDATES)) {
    dropClassNames(element, isUnlikelyOnlyInLongerWord);
    if (isUnlikelyOnlyInLongerWord(element.id)) element.removeAttribute('id');
  }
}
