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

/**
 * A publisher named with the house it belongs to, as excerpt credits print it: "Harrow & Quill, a division of
 * Northfield Books". The name stops at a comma or a sentence's end.
 */
const PUBLISHER = '[^.!?,]{1,80}(?:, (?:an?|the) (?:division|imprint|member|part) of [^.!?,]{1,80})?';

/**
 * One sentence of a book excerpt's credit: the publisher's permission ("Used with permission of the publisher, Harrow
 * & Quill", "Reprinted by permission of Harrow & Quill, a division of …"), the copyright ("Copyright © 2021 by Ann
 * Lee"), "All rights reserved", or who published the book ("published by Harrow & Quill"). Each is a whole clause: a
 * permission going on into a sentence of the story ("used with permission of the agency, hung in the lobby") is not.
 */
const CREDIT_CLAUSE = `(?:(?:used|reprinted|reproduced|excerpted|published)(?: here)? (?:with|by) (?:the )?(?:kind |express )?permission(?: (?:of|from) (?:the (?:publisher|author)s?,? )?${PUBLISHER})?|(?:copyright|©|\\(c\\))(?:\\s*(?:©|\\(c\\)))?\\s*\\d{4}(?:,?\\s*(?:by )?[^.!?,]{1,80})?|all rights reserved|published (?:by|with) ${PUBLISHER})`;

/**
 * The credit a magazine prints under a book excerpt, in one line: the book and its writer ("From The Glasshouse Year
 * by Ann Lee", "Excerpted from …", "Adapted from the book …"), maybe the publisher and year in brackets, then nothing
 * but credit clauses to the line's end: "From The Glasshouse Year by Ann Lee. Used with permission of the publisher,
 * Harrow & Quill. Copyright © 2021 by Ann Lee." The writer's name must close its clause ("by Ann Lee were used …"
 * is a sentence of the story), and a line going on past the credit is prose.
 */
const EXCERPT_CREDIT = new RegExp(
  `^(?:(?:excerpted|adapted|reprinted|taken|extracted|excerpt|extract) from|from) (?:the (?:book|novel|memoir|collection|forthcoming book) )?[^\\n]{1,150}? by [\\p{L}][\\p{L}.'’-]*(?: [\\p{L}][\\p{L}.'’-]*){0,4}(?: \\([^()]{1,80}\\))?(?:[.,;:]\\s+${CREDIT_CLAUSE}){1,4}[.)]?$`,
  'iu',
);

export const REUSE_PERMISSION_LINES: readonly RegExp[] = [REUSE_HEADING, REUSE_PERMISSION, REUSE_TERMS, EXCERPT_CREDIT];
