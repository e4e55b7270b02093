/**
 * Sentences that are page furniture rather than content: credits, copyright, calls to action, photo captions and
 * credits, bylines and a dateline standing alone. Never worth a place in a summary.
 */
const FURNITURE = [
  /\bcontributed(?: to this (?:report|story))?[.!]?\s*$/i,
  /©|\bcopyright\b|\ball rights reserved\b|\bmay not be (?:published|reproduced)/i,
  /^(?:read more|read also|related|see also|click here|sign up|subscribe|follow us|share this|advertisement|watch|listen|photo|image|video|credit|source|caption|file)\b\s*[:|–—-]?/i,
  /\b(?:AP|AFP|Reuters|Getty)\s*(?:Photo|Images)\b|\bfile photo\b|\b(?:photo(?:graph)?|illustration) by\b|\bpictured\b/i,
  /^(?:this|in this|an?)\s+(?:\w+\s+)?(?:photo|image|picture|handout|still)\b.*\b(?:shows|provided|released|taken)\b/i,
  /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$/iu,
  // A dateline on its own: "NEW YORK (AP) —", "SEOUL, South Korea —".
  /^[\p{Lu}][\p{Lu}\p{M} .'’-]+(?:,\s*[\p{L} .]+)?\s*(?:\([^)]{1,30}\))?\s*[—–-]*\s*$/u,
];

/** True when the sentence is a credit, copyright notice, call to action, caption, byline or bare dateline. */
export function isBoilerplateSentence(text: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(text));
}
