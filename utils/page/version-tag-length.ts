/**
 * The tag a news agency prints before a headline to name the story's version for the editors who take its copy, as
 * Yonhap's English service does on its own site: "(LEAD)", "(2nd LD)", "(3rd LD)", "(URGENT)", also "(UPDATE)",
 * "(UPDATE 2)", "(CORRECTED)", "(REFILE)", "(LEAD, CORRECTED)". It labels the copy, not the story: the headline is the
 * words after it. Only these words in capitals, in brackets, opening the line: a bracketed word of another kind
 * ("(Yonhap Interview)", "(News Focus)", "(VIDEO)") names the story's kind and stays, and "(Lead) poisoning …" is no
 * tag.
 */
const VERSION = String.raw`(?:LEAD|\d{1,2}(?:st|nd|rd|th) LD|URGENT|UPDATE(?: \d{1,2})?|CORRECTED|REFILE)`;
/** The tag: one version word, or up to three set apart by commas, in brackets, then the headline after a space. */
const VERSION_TAG = new RegExp(String.raw`^\(\s*${VERSION}(?:\s*,\s*${VERSION}){0,2}\s*\)\s+(?=\S)`, 'u');

/** How many characters of a headline line are its version tag and the space after it (see `VERSION_TAG`), else 0. */
export function versionTagLength(line: string): number {
  return VERSION_TAG.exec(line)?.[0].length ?? 0;
}
