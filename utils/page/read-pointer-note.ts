import type { Line } from './split-lines';

/** The label over a syndicated health story's closing pointer: "More information", "For more information:". */
const POINTER_LABEL = /^(?:for )?(?:more|further) information\s*:?$|^learn more\s*:?$/iu;
/**
 * The pointer itself: one sentence sending the reader to an agency's or a society's pages ("The American Diabetes
 * Association has more on prediabetes.", "Visit the U.S. National Cancer Institute for more on colon cancer.", "For
 * more on sleep, see the Sleep Foundation."), as HealthDay closes every story its partners reprint.
 */
const POINTER =
  /^(?:(?:the |an? )?\p{Lu}[^!?]{1,120}? (?:has|have|offers?) more (?:information |details |tips )?(?:on|about) [^!?]{2,100}|(?:visit|see) (?:the )?\p{Lu}[^!?]{1,120}? for more (?:information )?(?:on|about) [^!?]{2,100}|for more (?:information )?(?:on|about) [^!?]{2,100}, (?:visit|see|go to) [^!?]{2,120})\.$/iu;

/**
 * How many lines ending at `end` are a closing pointer under its label (2), or none (0): the label alone may head
 * contacts or a list the story gives (the Dragnet gold keeps "For more information:" over them), so both are needed.
 */
export function readPointerNote(lines: readonly Line[], end: number): number {
  const pointer = lines[end - 1]?.text.trim() ?? '';
  const label = lines[end - 2]?.text.trim() ?? '';
  return POINTER_LABEL.test(label) && POINTER.test(pointer) ? 2 : 0;
}
