/**
 * One role of a credit, as features name it before its colon: "Copy editor", "Fact-checker", and the roles of a
 * visual long read's credits box ("Words", "Reporting", "Video", "Digital production", "Development").
 */
const ROLE_WORD = String.raw`(?:(?:(?:senior|story|copy|photo|video|contributing|managing|deputy|executive|features?|series|project) )?editors?|fact[- ]?check(?:ers?|ing)|copy ?edit(?:ors?|ing)|research(?:ers?)?|art direct(?:ion|ors?)|design(?:ers?)?|illustrat(?:ions?|ors?)|photograph(?:y|ers?)|photos|producers?|graphics|developers?|development|audio|engagement|words|text|writing|reporting|video(?:graphy)?|(?:(?:digital|video|audio|multimedia) )?production)`;
/** What a credited person did, with "by": "Illustrations by", "Fact-checked by", "Podcast production by". */
const DID_BY = String.raw`(?:edited|fact[- ]?checked|copy[- ]?edited|illustrat(?:ed|ions)|photograph(?:ed|s|y)|produced|designed|researched|art direction|(?:podcast |audio |video |show )?production|(?:audio|sound) engineering|(?:sound|audio) mix(?:ing)?|mix(?:ing|ed)) by`;
/**
 * A newsroom role with its colon ("Copy editor:", "Fact-checker:"), or two or three joined ("Photography and video:",
 * "Design & development:"); or what they did with "by" ("Illustrations by").
 */
const ROLE = new RegExp(
  String.raw`^${ROLE_WORD}(?:(?:,\s*|\s+(?:and|&)\s+)${ROLE_WORD}){0,2}\s*:\s*|^${DID_BY}\s+`,
  'i',
);
/** Capitalised names of two to four words, one or several: "Ann Lee", "Lee Anh Tran, Bo Ek and Jo O’Neill". */
const NAMES =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?:(?:,| and| &) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}){0,4}$/u;
/** The full stop a credit line may end on. */
const CLOSING_STOP = /\.$/;
/**
 * Several credits may share a line, set apart by a bar, dot or semicolon: "Editor: Sam Reyes | Fact-checker: Lee Tran".
 */
const CREDIT_SEPARATOR = /\s*[|·•;]\s*/u;

/**
 * True when a line is a feature's staff credit ("Editor: Sam Reyes", "Fact-checker: Lee Anh Tran", "Illustrations by
 * Ann Lee"): only roles and names, never a sentence ("Editor: Yes, we ran it." is a transcript's line).
 */
export function isStaffCredit(line: string): boolean {
  // A podcast page closes its credit with a full stop: "Podcast production by Ann Lee and Bo Ek."
  const parts = line.trim().replace(CLOSING_STOP, '').split(CREDIT_SEPARATOR);
  return parts.every((part) => {
    const role = ROLE.exec(part);
    return role !== null && NAMES.test(part.slice(role[0].length));
  });
}
