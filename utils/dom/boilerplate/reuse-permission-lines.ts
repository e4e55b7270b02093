/**
 * A research institute's or publisher's note on reusing the piece, set under it in a box of its own: the heading
 * ("Republishing and referencing", "Reprints and permissions", "Reuse and permissions") and the permission itself
 * ("Bruegel considers itself a public good … Anyone is free to republish and/or quote this post without prior
 * consent. Please provide a full reference …"). It speaks to other publishers about the page, not about the story's
 * subject; a story's sentence on what someone may reprint names who said it or opens otherwise.
 */

/** The box's heading: the kind of reuse and the terms, joined by "and", alone on its line. */
const REUSE_HEADING =
  /^(?:republishing|reuse|reprints?) (?:and|&) (?:referencing|reuse|citations?|permissions?|reprints?|licensing)\s*:?$/i;

/**
 * The permission, after at most one sentence of the publisher's own: free to republish or quote "without (prior)
 * consent/permission". The words on consent make it the terms: "Anyone is free to quote the minister" is prose.
 */
const REUSE_PERMISSION =
  /^(?:[^.!?]{0,200}[.!?]\s+)?(?:anyone|readers?|you|others) (?:is|are) (?:free|welcome) to (?:republish|reproduce|reprint|quote|reuse)\b[^.!?]{0,80}\bwithout (?:prior |further )?(?:consent|permission)\b.{0,400}$/i;

export const REUSE_PERMISSION_LINES: readonly RegExp[] = [REUSE_HEADING, REUSE_PERMISSION];
