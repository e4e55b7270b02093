import { foldWords } from '../text/fold-words';

/** A kicker is a label of a few words ("Hochwasserschutz an der Elbe"); more is a sentence or a dek. */
const MAX_KICKER_WORDS = 6;
/** A kicker ends on no sentence: a line ending so before the headline is a sentence of something else. */
const SENTENCE_END = /[.!?…]$/u;
const SPACES = /\s+/u;

/**
 * True when `line` is a kicker and then the page's declared headline, `declared`, with nothing after it:
 * "Hochwasserschutz an der Elbe Biber bremsen den Deichbau", as DER SPIEGEL (2010s), NZZ, stern and other
 * German-language papers print a topic line ("Dachzeile") in the headline's own element over a short headline. The
 * kicker may be longer than the headline, so a test of how much of the line the headline covers misses it.
 */
export function isKickerBeforeHeadline(line: string, declared: string): boolean {
  const text = line.trim();
  const wanted = declared.trim();
  if (wanted.length === 0 || text.length <= wanted.length || !text.endsWith(wanted)) return false;
  const kicker = text.slice(0, text.length - wanted.length).trim();
  // The headline starts a word: "Hochwasserschutz an der ElbeBiber …" glued, or a word cut in two, is no kicker.
  if (!/\s$/u.test(text.slice(0, text.length - wanted.length))) return false;
  return foldWords(kicker).length > 0 && kicker.split(SPACES).length <= MAX_KICKER_WORDS && !SENTENCE_END.test(kicker);
}
