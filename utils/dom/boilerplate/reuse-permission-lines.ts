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

/**
 * A visual-information archive's terms under each item, as the US military's media hub prints them under a story, a
 * photo or a video: "This work, <title>, by SGT Ann Lee, identified by DVIDS, must comply with the restrictions shown
 * on https://…/about/copyright." The work is named first and the terms close it; a story's sentence on what a
 * contractor must comply with names no work of the page ("The work must comply with the restrictions …" stays).
 */
const REUSE_TERMS =
  /^this (?:work|image|photo(?:graph)?|video|graphic|story),\s.{0,250}?\bmust comply with (?:the )?(?:restrictions|terms|conditions)\b.{0,150}$/i;

export const REUSE_PERMISSION_LINES: readonly RegExp[] = [REUSE_HEADING, REUSE_PERMISSION, REUSE_TERMS];
