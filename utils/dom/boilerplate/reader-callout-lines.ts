/**
 * A newsroom's call-out asking readers for their own experience, in a box inside the story: "Tell us: Has your
 * district changed its calendar? Share your story with …" (the Guardian's and many regional sites' "Tell us" callout
 * blocks, over a form or a button). The label "Tell us:" opens the line and a question to the reader follows; a quote
 * in the story that asks the same opens on its quotation mark or names its speaker, and a sentence of the story does
 * not open on the label.
 */
export const READER_CALLOUT_LINES: readonly RegExp[] = [/^tell us\s*[:–—-]\s*[^?]{3,200}\?(?:\s[^]{0,200})?$/iu];
