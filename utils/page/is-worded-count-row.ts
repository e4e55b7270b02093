/** A count part opens on its number ("4 comments", "1.2K views", "3 minutes read"): words alone are no count. */
const STARTS_WITH_DIGIT = /^\d/u;
/** Words one count part may take: "4 comments" (2), "3 minutes read" (3), "3 min read time" (4). */
const MAX_PART_WORDS = 4;
/** Fewest parts: one count alone is read by the count tests themselves. */
const MIN_PARTS = 2;
const SPACES = /\s+/u;

/**
 * True for a meta row of counts with their words and nothing between them, as magazine themes print it beside the
 * byline with an icon for each and no separator in the text: "4 comments 1.2K views 3 minutes read" (Soledad), "12
 * shares 840 views". Each part is a count that `isPart` accepts (the header's count test, passed in so this file
 * needs none of its patterns); a number before other words ("4 comments 12 people") is a sentence's.
 */
export function isWordedCountRow(text: string, isPart: (part: string) => boolean): boolean {
  const words = text.trim().split(SPACES);
  // Greedy from the left, the longest part first: a part never ends where the next begins with a word.
  let at = 0;
  let parts = 0;
  while (at < words.length) {
    if (!STARTS_WITH_DIGIT.test(words[at] ?? '')) return false;
    let next = 0;
    for (let end = Math.min(words.length, at + MAX_PART_WORDS); end > at + 1 && next === 0; end--) {
      if (isPart(words.slice(at, end).join(' '))) next = end;
    }
    if (next === 0) return false;
    at = next;
    parts++;
  }
  return parts >= MIN_PARTS;
}
