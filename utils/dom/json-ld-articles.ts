/** schema.org types that describe the article itself, most specific first; the type may be written as a full URL. */
const ARTICLE_TYPES =
  /^(?:(?:https?:\/\/)?schema\.org\/)?(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|Article|BlogPosting|LiveBlogPosting|ScholarlyArticle|TechArticle|Report)$/;

/** A parsed JSON value. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** A parsed JSON object (a JSON-LD node). */
export type JsonObject = { [key: string]: Json };

/** True for a JSON object (not an array, not null). */
export const isJsonObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every object in a JSON-LD value, descending into arrays, `@graph` and a page's `mainEntity` (Springer Nature and
 * others declare a `WebPage` whose main entity is the `NewsArticle`, with its authors and dates).
 */
function flatten(value: Json | undefined, out: JsonObject[]): JsonObject[] {
  if (Array.isArray(value)) for (const item of value) flatten(item, out);
  else if (isJsonObject(value)) {
    out.push(value);
    flatten(value['@graph'], out);
    flatten(value['mainEntity'], out);
  }
  return out;
}

/** schema.org's plain `Review`, as review desks type the page's own article (Autocar, Car and Driver). */
const REVIEW_TYPE = /^(?:(?:https?:\/\/)?schema\.org\/)?Review$/;

/**
 * True for a `Review` node that is the page's article: it carries a headline, as a review desk's does. A shop's
 * customer review (a `name` and `reviewBody`, no headline) is not the article, and its author is no byline.
 */
const isEditorialReview = (node: JsonObject, type: string): boolean =>
  REVIEW_TYPE.test(type) && typeof node['headline'] === 'string';

const typesOf = (node: JsonObject): string[] =>
  [node['@type']].flat().filter((t): t is string => typeof t === 'string');

/**
 * The page's JSON-LD nodes typed as an article (NewsArticle, BlogPosting, …, or a headed `Review`), in page order,
 * arrays, `@graph` and `mainEntity` included.
 */
export function jsonLdArticles(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      flatten(JSON.parse(script.textContent ?? '') as Json, nodes);
    } catch {
      // Broken JSON-LD is common on real pages; the meta tags still answer.
    }
  }
  return nodes.filter((node) =>
    typesOf(node).some((type) => ARTICLE_TYPES.test(type) || isEditorialReview(node, type)),
  );
}
