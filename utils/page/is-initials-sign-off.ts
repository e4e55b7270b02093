/**
 * The writer's initials alone on the story's last line, in lower case and without brackets or an agency, as
 * German-language papers sign a story with the editor's "Kürzel" (stern.de's "kbö", SPIEGEL's "mik", "bbr"): two to
 * four lower-case letters, nothing else. With an agency ("jpe/dpa") or in brackets ("(mag)") the closing-line patterns
 * read it already.
 */
const INITIALS = /^\p{Ll}{2,4}$/u;
/**
 * The line above must end a sentence: a sign-off stands under the story's last sentence, while a lower-case word
 * alone under a line that runs on (a code block's closing `fi` or `done`, a list's last item) is part of that text.
 */
const SENTENCE_END = /[.!?…"'”“»«)]$/u;

/** True for a closing `text` that is the writer's initials under `above`, the line before it (see `INITIALS`). */
export function isInitialsSignOff(text: string, above: string | undefined): boolean {
  return INITIALS.test(text.trim()) && above !== undefined && SENTENCE_END.test(above.trim());
}
