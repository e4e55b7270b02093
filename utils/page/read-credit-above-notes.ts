import type { Credits } from './split-credits';
import { splitCredits } from './split-credits';
import type { Line } from './split-lines';

/**
 * Notes on what changed in a story that may close it under the contributors' credit: at most this many lines. Wires
 * and local papers print "Ann Lee contributed to this report." and then "This story has been updated to …" or
 * "Correction: …" under it; the notes are the story's own (the README's convention), the credit is not.
 */
const MAX_NOTES_UNDER_CREDIT = 2;

/**
 * An editor's note on the story itself, as newsrooms close a changed story: "This story has been updated to include
 * …", "This article was corrected to show …", "An earlier version of this story misstated …", "Correction: …",
 * "Update, March 2, 2021: …", "Editor's note: …". Only these openings: a story's own sentence about updates ("The list
 * was updated monthly") names no story of its own.
 */
const STORY_NOTE =
  /^(?:this (?:story|article|report|post) (?:has been|was|had been) (?:updated|corrected|revised|changed|clarified)\b|an? (?:earlier|previous) version of this (?:story|article|report|post)\b|(?:editor['’]s note|correction|clarification|update[ds]?)\b[^:.!?]{0,40}:)/i;

/** True when a line is an editor's note on the story (update, correction, clarification). */
export function isStoryNote(text: string): boolean {
  return STORY_NOTE.test(text);
}

/**
 * The contributors' credit ("Hannah Voss contributed to this report.") set right above the story's closing editor's
 * notes, which stay in the body: the credit and the line that prints it, or undefined. `readCredits` reads credits off
 * the very last lines only, so a note under the credit hid it.
 */
export function readCreditAboveNotes(lines: readonly Line[]): { credits: Credits; line: Line } | undefined {
  let notes = 0;
  let i = lines.length - 1;
  while (i >= 0 && notes < MAX_NOTES_UNDER_CREDIT && isStoryNote(lines[i]?.text ?? '')) {
    notes++;
    i--;
  }
  const line = notes > 0 ? lines[i] : undefined;
  const credits = line ? splitCredits(line) : undefined;
  // Only the contributors' credit: a copyright notice above an editor's note is no closing line of this shape.
  return line && credits?.credits ? { credits, line } : undefined;
}
