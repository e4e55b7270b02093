import type { Credits } from './split-credits';
import { splitCredits } from './split-credits';
import type { Line } from './split-lines';

/** Credits and copyright sit in the last lines of an article; earlier lines that match are quoting them. */
const CREDITS_TAIL_LINES = 3;

/** Reads credits and copyright from the closing lines; returns them and how many trailing lines they took. */
export function readCredits(lines: readonly Line[]): { credits: Credits; taken: number } {
  const credits: Credits = {};
  let taken = 0;
  for (let i = lines.length - 1; i >= 0 && taken < CREDITS_TAIL_LINES; i--) {
    const line = lines[i];
    const found = line ? splitCredits(line) : undefined;
    if (!found) break;
    credits.credits ??= found.credits;
    credits.copyright ??= found.copyright;
    // A copyright holder outranks a publisher guessed from a credit line.
    if (found.copyright && found.publisher) credits.publisher = found.publisher;
    else credits.publisher ??= found.publisher;
    taken++;
  }
  return { credits, taken };
}
