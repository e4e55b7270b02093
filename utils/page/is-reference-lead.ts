/**
 * A document's reference before its date stamp, as bulletins, circulars and press releases head themselves: a word or
 * three, then a number ("Bulletin 07/2019", "Release No. 19-045", "Circular 12-2019").
 */
const REFERENCE = /^\p{Lu}\p{L}*\.?(?:\s\p{Lu}\p{L}*\.?){0,2}\s(?:No\.?\s?)?\d{1,4}(?:[/.-]\d{1,4}){0,2}$/u;
/**
 * A reference that says it is one, with the document's type before it or not: "Ref. NEA/2021/066", "Press release
 * Ref. NEA/2021/066", "Media release No. 21/066", "ID: 298114", as agency and company newsrooms print it in the meta
 * row beside the date (spans joined by spaces only). The label and a code holding a digit make it a reference
 * without a separator; a sentence has no "Ref." or "ID:" before a number running into a date.
 */
const LABELLED_REFERENCE =
  /^(?:\p{Lu}\p{L}*(?:\s\p{L}+){0,2}\s)?(?:Ref(?:erence)?|REF|ID|No)\.?:?\s?(?=[\p{Lu}\d/.-]*\d)[\p{Lu}\d]+(?:[/.-][\p{Lu}\d]+){0,3}$/u;
/** Separators between the meta row's parts, spaced; not a hyphen, which may join a code's parts ("PR-2021-066"). */
const ROW_SEPARATOR = /\s+[|·•–—]\s+|\s+/gu;
/** The separator between a header's parts ("Bulletin 07/2019 | Issued"), spaced. */
const PART_SEPARATOR = /\s[|·•–—-]\s/u;

/**
 * True when the text before a date is a document's reference (see `REFERENCE`), set apart by a separator, with the
 * date's label after it or not ("Bulletin 07/2019 | Issued", "Release No. 19-045 -"), `isDateLabel` telling the label
 * ("Issued", "Published:"): the header of a bulletin or a release, not the words of a sentence that runs into a date.
 * Or a labelled reference (see `LABELLED_REFERENCE`), set apart or not.
 */
export function isReferenceLead(lead: string, isDateLabel: (text: string) => boolean): boolean {
  if (LABELLED_REFERENCE.test(lead.replace(ROW_SEPARATOR, ' ').trim())) return true;
  const parts = `${lead} `.split(PART_SEPARATOR).map((part) => part.trim());
  // The reference stands apart from the date: "Apollo 11 July 20, 1969" is a name and a date.
  const last = parts.pop();
  if (parts.length !== 1 || (last !== '' && !isDateLabel(last ?? ''))) return false;
  return REFERENCE.test(parts[0] ?? '');
}
