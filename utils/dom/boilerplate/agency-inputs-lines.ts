/**
 * The credit line closing a story written with an agency's copy, as Indian, Pakistani and Gulf papers print it under
 * the last paragraph: "(With inputs from PTI)", "— With inputs from WAM", "With inputs from agencies", "With PTI
 * inputs", "(With agency inputs)", "Inputs from Reuters and AFP"; and Canadian papers' "With files from The Canadian
 * Press", "— With files from Anna Roy" (a wire or a colleague). It credits, as "… contributed to this report." does;
 * the reader does not read it as the story. The whole line only, and after "from" only the agencies (capitalised names
 * or acronyms, "agencies", "wires") joined by commas or "and": "With inputs from farmers, the plan was revised." is a
 * sentence. No `i` flag: under it `\p{Lu}` would take lower-case words for names.
 */

/** One agency: a capitalised name of up to four words or an acronym ("PTI", "Press Trust of India"), or "agencies". */
const AGENCY = String.raw`(?:\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’&-]*){0,3}|(?:news\s+)?agenc(?:y|ies)|wires?)`;
/** Up to five agencies, joined as a list. */
const AGENCIES = String.raw`${AGENCY}(?:\s*(?:,|and|&)\s*${AGENCY}){0,4}`;
/** An opening bracket or dash before the credit, and a closing bracket or full stop after it. */
const OPEN = String.raw`^[([]?\s*(?:[–—-]\s*)?`;
const CLOSE = String.raw`\s*[.)\]]*$`;

/** "With inputs from PTI", "(With additional inputs from Reuters.)", "Inputs from agencies", "With files from CP". */
const INPUTS_FROM = new RegExp(
  String.raw`${OPEN}(?:[Ww]ith\s+(?:additional\s+)?(?:inputs?|files)|(?:Additional\s+)?[Ii]nputs?)\s+from\s+${AGENCIES}${CLOSE}`,
  'u',
);
/** "With PTI inputs", "(With agency inputs)", "With Reuters and AFP inputs". */
const AGENCY_INPUTS = new RegExp(String.raw`${OPEN}[Ww]ith\s+${AGENCIES}\s+inputs?${CLOSE}`, 'u');

export const AGENCY_INPUTS_LINES: readonly RegExp[] = [INPUTS_FROM, AGENCY_INPUTS];
