/**
 * A link blog's credit for where it found a link, set as a line of its own under a quoted passage or the post, as link
 * blogs and commentary blogs print it (kottke.org, Boing Boing, Instapundit, TPM, Metafilter, newspaper blogs): "(via
 * Ballot Watch)", "(via @mirrenholt)", "[via The Morning News]", "(h/t Ann Lee)", "(Hat tip: TPM Reader JB)", "Via:
 * Harbour Blog". It names who passed the link on, not what the story says. The closing-line reader takes a labelled
 * "Via: …" note at the story's end only; this one stands anywhere, so the whole line must be the credit: the label in
 * brackets or with its colon, and a short name, a handle or an address, nothing after it. A sentence that opens on
 * "Via" ("Via Appia was paved …", "Via email, the mayor said …") runs on, and a street or a rail line set alone on a
 * line ("Via Veneto", "Via Rail") carries neither brackets nor a colon. The bare form ("via XKCD" under a comic, "via
 * taxprof.typepad.com" under a quote) stays: the Dragnet reference keeps it with the story (dev pages 67 and T32), and
 * nothing tells it from a blog's closing words.
 */

/** Who passed the link on: up to six words, handles or addresses ("@mirrenholt", "the excellent Ann Lee"). */
const WORD = String.raw`[\p{L}\p{N}@#][\p{L}\p{N}@#._'’&/-]*`;
const SOURCES = String.raw`${WORD}(?:(?:\s+|,\s*|\s+and\s+|\s*&\s*)${WORD}){0,5}`;
/** The credit's label: "via", "h/t" and "hat tip", as blogs write them. */
const LABEL = String.raw`(?:[Vv]ia|[Hh]\/[Tt]|[Hh]at[ -][Tt]ip)`;

/** "(via Ballot Watch)", "[h/t Ann Lee]", "(Hat tip: TPM Reader JB.)". */
const BRACKETED_CREDIT = new RegExp(String.raw`^[([]\s*${LABEL}\s*:?\s+${SOURCES}\.?\s*[)\]]\.?$`, 'u');
/** "Via: Harbour Blog", "H/T: @annlee", a label with its colon over no sentence. */
const LABELLED_CREDIT = new RegExp(String.raw`^${LABEL}\s*:\s*${SOURCES}\.?$`, 'u');
/** A "via" or "hat tip" credit for a link, alone on its line. */
export const VIA_CREDIT_LINES: readonly RegExp[] = [BRACKETED_CREDIT, LABELLED_CREDIT];
