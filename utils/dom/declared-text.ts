/** Words for matching: letters and digits, case folded (declared bodies and pages differ in quotes and spacing). */
const WORD = /[\p{L}\p{N}]+/gu;
/** Words per shingle: three consecutive words rarely repeat by chance, and short lines still have a few. */
const SHINGLE_WORDS = 3;

const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/** The keys of a word list: its shingles, or the whole list as one key when it is shorter than a shingle. */
function keysOf(words: readonly string[]): string[] {
  if (words.length < SHINGLE_WORDS) return words.length > 0 ? [words.join(' ')] : [];
  const keys: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) keys.push(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return keys;
}

/**
 * A declared article body (JSON-LD `articleBody`, microdata) as sets of word runs, to ask how much of a page line it
 * contains and how much of it a page region contains. Word runs, not raw strings: the declared copy differs from the
 * page in whitespace, entities and paragraph breaks.
 */
export class DeclaredText {
  /** The declared text's shingles. */
  private readonly shingles: Set<string>;
  /** Every one- and two-word run, so that a line shorter than a shingle can be looked up too. */
  private readonly short = new Set<string>();

  constructor(text: string) {
    const words = wordsOf(text);
    this.shingles = new Set(keysOf(words));
    for (let i = 0; i < words.length; i++) {
      this.short.add(words[i] ?? '');
      if (i + 1 < words.length) this.short.add(`${words[i]} ${words[i + 1]}`);
    }
  }

  /** How many distinct shingles the declared text has: 0 means there is nothing to match against. */
  get size(): number {
    return this.shingles.size;
  }

  /** Share (0–1) of a page line's word runs found in the declared text; 0 for a line without words. */
  contains(line: string): number {
    const words = wordsOf(line);
    if (words.length === 0) return 0;
    if (words.length < SHINGLE_WORDS) return this.short.has(words.join(' ')) ? 1 : 0;
    const keys = keysOf(words);
    let found = 0;
    for (const key of keys) if (this.shingles.has(key)) found++;
    return found / keys.length;
  }

  /** Share (0–1) of the declared text's shingles that `text` (a page region's text) has too. */
  coveredBy(text: string): number {
    if (this.shingles.size === 0) return 0;
    let found = 0;
    for (const key of new Set(keysOf(wordsOf(text)))) if (this.shingles.has(key)) found++;
    return found / this.shingles.size;
  }
}
