import { foldWords } from '../text/fold-words';

/** Text as its words, lower-case, single-spaced and padded so `includes(' word ')` matches whole words only. */
function wordLine(text: string): string {
  return ` ${foldWords(text)} `;
}

/**
 * Returns the keywords (as the reader wrote them) that occur in `text` as whole words or phrases, case-insensitive.
 * Punctuation inside the keyword or the text is treated as a word break, so "U.S." matches "u s".
 */
export function matchKeywords(text: string, keywords: readonly string[]): string[] {
  if (keywords.length === 0) return [];
  const line = wordLine(text);
  return keywords.filter((keyword) => {
    const needle = wordLine(keyword);
    return needle.trim() !== '' && line.includes(needle);
  });
}
