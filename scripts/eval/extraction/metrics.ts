/** Tokens for the article metric, as the benchmark defines them: letters, digits, underscore; case kept. */
const ARTICLE_TOKEN = /[\p{L}\p{N}_]+/gu;
/** Tokens for the comment metric: lower-cased, split on non-word characters. */
const COMMENT_SPLIT = /[\W_]+/u;
/** Shingle width of the article metric. */
const SHINGLE = 4;

/** Precision/recall pair of one page. */
export interface PageScore {
  precision: number;
  recall: number;
}

function counts(items: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

/** Multiset overlap → per-page precision and recall (both 1 when both sides are empty). */
function overlap(predicted: readonly string[], gold: readonly string[]): PageScore {
  const goldCounts = counts(gold);
  let tp = 0;
  for (const [item, n] of counts(predicted)) tp += Math.min(n, goldCounts.get(item) ?? 0);
  const fp = predicted.length - tp;
  const fn = gold.length - tp;
  if (tp + fp + fn === 0) return { precision: 1, recall: 1 };
  return { precision: tp + fp === 0 ? 0 : tp / (tp + fp), recall: tp + fn === 0 ? 0 : tp / (tp + fn) };
}

/** The article metric's tokens: runs of letters, digits and underscores, case kept. */
export function articleTokens(text: string): string[] {
  return text.match(ARTICLE_TOKEN) ?? [];
}

/** The text as 4-token shingles (one shingle when shorter). */
export function shingles(text: string): string[] {
  const tokens = articleTokens(text);
  if (tokens.length === 0) return [];
  if (tokens.length < SHINGLE) return [tokens.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= tokens.length; i++) out.push(tokens.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Article metric for one page: 4-token shingle precision and recall. */
export function scoreArticle(predicted: string, gold: string): PageScore {
  return overlap(shingles(predicted), shingles(gold));
}

/** Comment metric for one page: lower-cased token precision and recall. */
export function scoreComments(predicted: string, gold: string): PageScore {
  const tokenize = (text: string): string[] =>
    text
      .toLowerCase()
      .split(COMMENT_SPLIT)
      .filter((t) => t.length > 0);
  return overlap(tokenize(predicted), tokenize(gold));
}

/** The harmonic mean of a precision and a recall (0 when both are). */
export const f1Of = ({ precision, recall }: PageScore): number =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

/** Mean precision, mean recall, and the F1 of those means. */
export function summarise(scores: readonly PageScore[]): { p: number; r: number; f1: number; n: number } {
  const n = scores.length;
  const p = n === 0 ? 0 : scores.reduce((sum, s) => sum + s.precision, 0) / n;
  const r = n === 0 ? 0 : scores.reduce((sum, s) => sum + s.recall, 0) / n;
  return { p, r, f1: f1Of({ precision: p, recall: r }), n };
}
