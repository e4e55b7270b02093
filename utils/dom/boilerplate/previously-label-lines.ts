/**
 * The label a blog sets over its links to its own earlier posts on the subject, alone on its line: "Previously",
 * "Previously:", "Previously on Boing Boing:" (Boing Boing, MetaFilter, kottke.org and WordPress link blogs set it so
 * under a post). The list under it is left out with it (`isReadLabelList`); the label alone would be a stray line. A
 * TV recap's "Previously on Harbour Street" subheading has no colon and stays; so does any sentence.
 */
const PREVIOUSLY_LABEL = /^previously(?:\s*:| (?:on|at|in) [\p{L}\p{N}.'’& -]{1,40}:)?$/iu;

/** A "Previously" label over links to earlier posts. */
export const PREVIOUSLY_LABEL_LINES: readonly RegExp[] = [PREVIOUSLY_LABEL];
