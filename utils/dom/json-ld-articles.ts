/** schema.org types that describe the article itself: the subtypes of Article that news sites and blogs use. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
]);
/** A type may be written as a full IRI: "https://schema.org/NewsArticle", "http://schema.org/Article". */
const SCHEMA_PREFIX = /^(?:https?:\/\/)?schema\.org\//;

/** A parsed JSON value. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** A parsed JSON object (a JSON-LD node). */
export type JsonObject = { [key: string]: Json };

/** True for a JSON object (not an array, not null). */
export const isJsonObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * How deep arrays, `@graph` and `mainEntity` are followed: real pages nest two or three levels (a list holding a
 * graph holding a page whose main entity is the article); a deeper chain is odd input, not worth a deep recursion.
 */
const MAX_DEPTH = 8;

/**
 * Every object in a JSON-LD value, descending into arrays, `@graph` and a page's `mainEntity` (Springer Nature and
 * others declare a `WebPage` whose main entity is the `NewsArticle`, with its authors and dates).
 */
function flatten(value: Json | undefined, out: JsonObject[], depth = 0): JsonObject[] {
  if (depth > MAX_DEPTH) return out;
  if (Array.isArray(value)) for (const item of value) flatten(item, out, depth + 1);
  else if (isJsonObject(value)) {
    out.push(value);
    flatten(value['@graph'], out, depth + 1);
    flatten(value['mainEntity'], out, depth + 1);
  }
  return out;
}

/** schema.org's plain `Review`, as review desks type the page's own article (Autocar, Car and Driver). */
const REVIEW_TYPE = 'Review';

/**
 * True for a `Review` node that is the page's article: it carries a headline, as a review desk's does. A shop's
 * customer review (a `name` and `reviewBody`, no headline) is not the article, and its author is no byline.
 */
const isEditorialReview = (node: JsonObject, type: string): boolean =>
  type === REVIEW_TYPE && typeof node['headline'] === 'string';

/** A node's `@type`s with any schema.org prefix taken off ("https://schema.org/Article" → "Article"). */
const typesOf = (node: JsonObject): string[] =>
  [node['@type']]
    .flat()
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(SCHEMA_PREFIX, ''));

/**
 * The article type a node declares (NewsArticle, BlogPosting, …, or `Review` for a headed review), or undefined
 * when the node is something else (the site, a breadcrumb, a shop's customer review).
 */
export function articleTypeOf(node: JsonObject): string | undefined {
  return typesOf(node).find((type) => ARTICLE_TYPES.has(type) || isEditorialReview(node, type));
}

/**
 * The page's JSON-LD nodes typed as an article (NewsArticle, BlogPosting, …, or a headed `Review`), in page order,
 * arrays, `@graph` and `mainEntity` included. A block longer than `maxChars` is skipped unread, for callers that
 * must stay cheap on any page.
 */
export function jsonLdArticles(doc: Document, maxChars = Infinity): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > maxChars) continue;
    try {
      flatten(JSON.parse(text) as Json, nodes);
    } catch {
      // Broken JSON-LD is common on real pages; the meta tags still answer.
    }
  }
  return nodes.filter((node) => articleTypeOf(node) !== undefined);
}
