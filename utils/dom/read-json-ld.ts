import type { PageMeta } from '../model';
import { isJsonObject, jsonLdArticles, type Json } from './json-ld-articles';

/** A name from a string, an object with `name`, or a list of them. */
function namesOf(value: Json | undefined): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (isJsonObject(value)) return namesOf(value['name']);
  return [];
}

const firstString = (value: Json | undefined): string | undefined => namesOf(value)[0];

/** Article metadata from the page's JSON-LD blocks; fields the page does not give stay undefined. */
export function readJsonLd(doc: Document): PageMeta {
  const article = jsonLdArticles(doc)[0];
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
