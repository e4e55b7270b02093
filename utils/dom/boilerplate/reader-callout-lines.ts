/**
 * A newsroom's call-out asking readers for their own experience, in a box inside the story: "Tell us: Has your
 * district changed its calendar? Share your story with …" (the Guardian's and many regional sites' "Tell us" callout
 * blocks, over a form or a button). The label "Tell us:" opens the line and a question to the reader follows; a quote
 * in the story that asks the same opens on its quotation mark or names its speaker, and a sentence of the story does
 * not open on the label.
 */
const TELL_US = /^tell us\s*[:–—-]\s*[^?]{3,200}\?(?:\s[^]{0,200})?$/iu;

/**
 * The standing note a reader-questions series closes each story with, as public media's Hearken-powered projects print
 * it (WBEZ's Curious City, KQED's Bay Curious and their like): the series named as answering its audience's questions,
 * then the ask for the reader's own ("This story is part of Curious Valley, in which KVRN answers questions from
 * listeners. Have a question about the valley? Ask it here.", "Bay Wonders answers your questions about the region.
 * Got one? Submit it below."). Both halves are needed: the story's answers are the series' text, and a line that only
 * asks ("Have a question about your bill? Ask the utility.") may be a service story's advice.
 */
const ANSWERS_QUESTIONS = String.raw`[^?]{0,160}?\b(?:answers?|answering|answered|tackles|investigates) (?:(?:your|the|our) )?(?:questions?|curiosities) (?:from|of|sent in by|submitted by) (?:(?:our|the) )?(?:readers|listeners|viewers|audience|community|public|you)`;
const ANSWERS_YOUR_QUESTIONS = String.raw`[^?]{0,160}?\b(?:answers?|answering|answered|tackles|investigates) (?:your|readers['’]|listeners['’]|viewers['’]) questions`;
const THE_ASK = String.raw`(?:have|got) (?:a|one|your own|a question)(?: question)?(?: (?:about|for|on) [^?]{1,80})?\?\s*(?:ask|submit|send|share|tell)(?: it| us| yours| them)?\b[^?]{0,80}`;
/** A quote opens on its quotation mark or names its speaker: the note speaks for the newsroom and reports no one. */
const NOT_QUOTED = String.raw`(?![“"‘'«„])(?!.*\b(?:said|says|told)\b)`;
const SERIES_QUESTION_NOTE = new RegExp(
  String.raw`^${NOT_QUOTED}(?:${ANSWERS_QUESTIONS}|${ANSWERS_YOUR_QUESTIONS})[^?]{0,40}?[.!]\s+${THE_ASK}$`,
  'iu',
);

export const READER_CALLOUT_LINES: readonly RegExp[] = [TELL_US, SERIES_QUESTION_NOTE];
