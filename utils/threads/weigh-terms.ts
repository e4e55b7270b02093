/**
 * Terms that also occur in the article are the page's topic: every comment uses them, so sharing them says little
 * about who answers whom. Their weight is multiplied by this factor (0–1).
 */
const ARTICLE_TERM_FACTOR = 0.3;

/** Term weights for one comment list: IDF over the comments, discounted for the article's own vocabulary. */
export interface TermWeights {
  weightOf(term: string): number;
  /** Weight of a term found in exactly two comments and not in the article: the most a shared term can weigh. */
  rare: number;
  /** Number of comments containing each term. */
  df: ReadonlyMap<string, number>;
}

/** IDF of each term over the comments (`ln((N+1)/(df+0.5))`), so rare shared words count most. Linear in the terms. */
export function weighTerms(termLists: readonly (readonly string[])[], articleTerms: ReadonlySet<string>): TermWeights {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
  const n = termLists.length;
  const idf = (count: number): number => Math.max(0, Math.log((n + 1) / (count + 0.5)));
  return {
    weightOf: (term) => idf(df.get(term) ?? 0) * (articleTerms.has(term) ? ARTICLE_TERM_FACTOR : 1),
    rare: idf(2),
    df,
  };
}
