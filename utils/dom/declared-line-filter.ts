import type { DeclaredText } from './declared-text';

/** A line whose word runs are at least this share in the declared body is part of it (spacing and quotes differ). */
const LINE_MATCH = 0.5;
/**
 * The declared body is trusted to trim ours only when our lines hold this share of it: less means it is not the
 * same text (another story's body, a different edition), and trimming would cut what the reader came for.
 */
const MIN_COVERAGE = 0.85;
/**
 * …and only when this share of our body's characters is in it: a declared body that is a truncated teaser (the
 * first paragraphs, then "…") agrees with a small part of ours, and everything after it must stay.
 */
const MIN_AGREEMENT = 0.6;

/**
 * A line the declared body lacks stays when it is a paragraph this long (characters) ending like a sentence: an
 * update or editor's note added after the declared copy was written. Prompts, teasers and labels are shorter.
 */
const MIN_UNDECLARED_PROSE_CHARS = 250;
/**
 * …or from this many characters when the lines on both sides of it are story lines (declared, or long enough to stay
 * undeclared): a paragraph in the middle of the story that a stale declared copy lacks (an edit after it was written).
 * Boxes between paragraphs (a sign-up's blurb, a teaser) are shorter, or come with a heading or a button line the
 * declared body lacks as well.
 */
const MIN_SANDWICHED_PROSE_CHARS = 150;
/** A line ending like a sentence. */
const SENTENCE_END = /[.!?"”’)]$/u;
/** True for a line of at least `min` characters ending like a sentence. */
const isProse = (line: string, min: number): boolean => line.trim().length >= min && SENTENCE_END.test(line.trim());
/** Runs of white space, squeezed to one space to match a line against the subheadings. */
const SPACE_RUNS = /\s+/g;

/**
 * A line filter from the declared article body: given our body's lines, returns a test that keeps only lines the
 * declared body contains, or undefined when the two do not agree well enough for that to be safe (see the
 * thresholds). What it drops is what sites put between paragraphs: newsletter boxes, "Read more" teasers, related
 * lists, ad labels. A subheading of the page (`subheadings`, see `subheadingTexts`) the declared copy lacks stays when
 * the line after it is declared: many publishers write `articleBody` without the story's section headings, while a
 * box's heading (related stories, a newsletter) heads lines the declared body does not have. Coverage is measured
 * on `blockLines`, every line of the block before our line rules (the declared copy may hold a team sheet they drop).
 */
export function declaredLineFilter(
  text: DeclaredText,
  lines: readonly string[],
  subheadings: ReadonlySet<string> = new Set(),
  blockLines: readonly string[] = lines,
): ((line: string) => boolean) | undefined {
  let chars = 0;
  let agreeing = 0;
  for (const line of lines) {
    chars += line.length;
    if (text.contains(line) >= LINE_MATCH) agreeing += line.length;
  }
  if (chars === 0 || agreeing < chars * MIN_AGREEMENT) return undefined;
  if (text.coveredBy(blockLines.join('\n')) < MIN_COVERAGE) return undefined;
  const headingLines = new Set<string>();
  const sandwiched = new Set<string>();
  // A story line: declared, or prose long enough to stay without being declared.
  const story = lines.map((line) => text.contains(line) >= LINE_MATCH || isProse(line, MIN_UNDECLARED_PROSE_CHARS));
  lines.forEach((line, at) => {
    const next = lines[at + 1];
    const squeezed = line.replace(SPACE_RUNS, ' ').trim();
    if (next !== undefined && subheadings.has(squeezed) && text.contains(next) >= LINE_MATCH) headingLines.add(line);
    if (story[at - 1] === true && story[at + 1] === true) sandwiched.add(line);
  });
  return (line) =>
    text.contains(line) >= LINE_MATCH ||
    headingLines.has(line) ||
    isProse(line, MIN_UNDECLARED_PROSE_CHARS) ||
    (sandwiched.has(line) && isProse(line, MIN_SANDWICHED_PROSE_CHARS));
}
