import type { NoiseReason } from '../model';

/**
 * Runs that read as noise: three or more `?`/`!` in any mix ("??", "!?" are ordinary emphasis), or four or more dots
 * (three are an ellipsis).
 */
const RUN = /[?!]{3,}|\.{4,}/g;
/** Weight of the first run; each further run adds a little, capped so punctuation alone never collapses. */
const FIRST_RUN_WEIGHT = 0.2;
const EXTRA_RUN_WEIGHT = 0.05;
/** A run this long (characters) is a keyboard held down, not emphasis: it adds `LONG_RUN_WEIGHT`. */
const LONG_RUN_CHARS = 6;
const LONG_RUN_WEIGHT = 0.1;
const MAX_WEIGHT = 0.4;
/** Longest run quoted in the message (characters), so a 500-character run does not flood the panel. */
const MAX_QUOTED_CHARS = 8;

/** Flags runs of repeated punctuation ("????!!!!", "....."). */
export function detectRepeatedPunctuation(text: string): NoiseReason | undefined {
  const runs = text.match(RUN);
  if (!runs) return undefined;
  const first = runs[0];
  const shown = first.length > MAX_QUOTED_CHARS ? `${first.slice(0, MAX_QUOTED_CHARS)}…` : first;
  const message =
    runs.length === 1 ? `repeated punctuation '${shown}'` : `${runs.length} runs of punctuation like '${shown}'`;
  const long = runs.some((run) => run.length >= LONG_RUN_CHARS) ? LONG_RUN_WEIGHT : 0;
  const weight = Math.min(MAX_WEIGHT, FIRST_RUN_WEIGHT + EXTRA_RUN_WEIGHT * (runs.length - 1) + long);
  return { code: 'repeated-punctuation', message, weight };
}
