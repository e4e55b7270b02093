/**
 * The writer's initials alone on the story's last line, in lower case and without brackets or an agency, as
 * German-language papers sign a story with the editor's "Kürzel" (stern.de's "kbö", SPIEGEL's "mik", "bbr"): two to
 * four lower-case letters, nothing else; or the desk's chain of them, writer's and editors' set apart by slashes, as
 * news agencies sign their copy (EFE's "mcs/jl/ah", "ac/ja"). With a named agency ("jpe/dpa") or in brackets ("(mag)")
 * the closing-line patterns read it already.
 */
const INITIALS = /^\p{Ll}{2,4}(?:\/\p{Ll}{2,4}){0,3}$/u;
/** Slashed pairs of words that a line may hold alone (a form's or a table's last cell), no desk's initials. */
const WORD_PAIRS = /^(?:and\/or|or\/and|he\/she|she\/he|his\/her|him\/her|yes\/no|on\/off|in\/out|up\/down)$/u;
/**
 * The line above must end a sentence: a sign-off stands under the story's last sentence, while a lower-case word
 * alone under a line that runs on (a code block's closing `fi` or `done`, a list's last item) is part of that text.
 */
const SENTENCE_END = /[.!?…"'”“»«)]$/u;

/** True for a closing `text` that is the writer's initials under `above`, the line before it (see `INITIALS`). */
export function isInitialsSignOff(text: string, above: string | undefined): boolean {
  return (
    INITIALS.test(text.trim()) &&
    !WORD_PAIRS.test(text.trim()) &&
    above !== undefined &&
    SENTENCE_END.test(above.trim())
  );
}
