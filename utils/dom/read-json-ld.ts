import type { PageMeta } from '../model';

/** schema.org types that describe the article itself, most specific first. */
const ARTICLE_TYPES =
  /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|Article|BlogPosting|LiveBlogPosting|ScholarlyArticle|TechArticle|Report)$/;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object in a JSON-LD value, descending into arrays and `@graph`. */
function flatten(value: Json | undefined, out: JsonObject[]): JsonObject[] {
  if (Array.isArray(value)) for (const item of value) flatten(item, out);
  else if (isObject(value)) {
    out.push(value);
    flatten(value['@graph'], out);
  }
  return out;
}

const typesOf = (node: JsonObject): string[] =>
  [node['@type']].flat().filter((t): t is string => typeof t === 'string');

/** A name from a string, an object with `name`, or a list of them. */
function namesOf(value: Json | undefined): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (isObject(value)) return namesOf(value['name']);
  return [];
}

const firstString = (value: Json | undefined): string | undefined => namesOf(value)[0];

/** Article metadata from the page's JSON-LD blocks; fields the page does not give stay undefined. */
export function readJsonLd(doc: Document): PageMeta {
  const nodes: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      flatten(JSON.parse(script.textContent ?? '') as Json, nodes);
    } catch {
      // Broken JSON-LD is common on real pages; the meta tags still answer.
    }
  }
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type)));
  if (!article) return {};
  const bylines = namesOf(article['author']);
  const meta: PageMeta = {
    headline: firstString(article['headline']) ?? firstString(article['name']),
    date: firstString(article['datePublished']) ?? firstString(article['dateCreated']),
    bylines: bylines.length > 0 ? bylines : undefined,
    publisher: firstString(article['publisher']),
    language: firstString(article['inLanguage']),
    url: typeof article['url'] === 'string' ? article['url'] : undefined,
  };
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) as PageMeta;
}
