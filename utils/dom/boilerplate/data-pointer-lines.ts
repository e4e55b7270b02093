/**
 * A research post's pointer to the data behind it, set under the text as economics and policy institutes close their
 * blog posts: "Data Disclosure: The data underlying this analysis can be downloaded here.", "The data and code used in
 * this analysis are available on GitHub." Like a chart's "Get the data" link it is a tool for the reader, not the
 * story. The whole line only, ending where the link does: "The data behind this analysis are available only to the
 * ministry, which …" goes on about something else.
 */
const DATA_POINTER =
  /^(?:data(?: disclosure| availability(?: statement)?| note)\s*:\s*)?(?:the )?(?:data|replication (?:files|data|code)|code)(?: and (?:code|data|replication files))? (?:underlying|behind|used (?:in|for)|for) this (?:analysis|post|blog post|article|piece|chart|figure|research|report|note|brief)\b(?: (?:can be (?:downloaded|found|accessed)|(?:is|are) (?:available|posted)(?: for download)?))(?: (?:here|below|online|on (?:github|our website|this page)|at \S+|from \S+))?\W*$/i;

export const DATA_POINTER_LINES: readonly RegExp[] = [DATA_POINTER];
