/**
 * The label over one other story that an editor set between a story's paragraphs, in the singular: "Related story:",
 * "Related article:" (The Star Online's 2018 template over a paragraph that is only the link, and many Asian and
 * African papers' editors). Unlike the plural "Related stories:" over a list, which the Dragnet gold keeps (see
 * `is-read-label-list`), the singular label points at the one link under it, as "Read also:" does: both are furniture.
 * A source for a regular expression, without anchors.
 */
export const SINGULAR_RELATED_LABEL = String.raw`related (?:story|article)`;
