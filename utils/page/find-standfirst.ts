import type { Line } from './split-lines';

/** Lines a standfirst may take (abstract bullets, a dek split over two paragraphs); more is the story itself. */
const MAX_LINES = 4;
/**
 * Share of the named standfirst's text the matched lines must cover: a short line that merely occurs in it (a
 * section label, a name) is not the standfirst.
 */
const MIN_COVER = 0.6;
const SPACES = /\s+/g;
/** Texts are compared without a final mark: a description may be cut short ("… as the river falls…"). */
const FINAL_MARK = /\s*(?:…|\.\.\.|[.!?])$/u;

// Compared without spaces: the markup's text may space inline parts apart ("A & E") that the line prints together.
const normalize = (text: string): string => text.trim().toLowerCase().replace(FINAL_MARK, '').replace(SPACES, '');

/**
 * The lines that print a standfirst known from the page's markup (`named`: the text of its `dek`/`standfirst` block, or
 * its description): the first run of consecutive lines each found in that text (or holding all of it), together
 * covering most of it. Empty when there is no such text or no such run.
 */
export function findStandfirst(lines: readonly Line[], named: string | undefined): Line[] {
  const dek = normalize(named ?? '');
  if (!dek) return [];
  for (let start = 0; start < lines.length; start++) {
    const run: Line[] = [];
    let chars = 0;
    for (let at = start; at < lines.length && run.length < MAX_LINES; at++) {
      const line = lines[at];
      const text = normalize(line?.text ?? '');
      // A line found in the standfirst, or one that holds all of it (a description is often its first sentence).
      const holds = text.includes(dek);
      if (!line || !text || !(dek.includes(text) || holds)) break;
      run.push(line);
      chars += holds ? dek.length : text.length;
    }
    if (chars >= dek.length * MIN_COVER) return run;
  }
  return [];
}
