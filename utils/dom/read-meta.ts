import type { PageMeta } from '../model';
import { readJsonLd } from './read-json-ld';

/** Meta tags per field, most trusted first. */
const HEADLINE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'title'];
const DATE_KEYS = [
  'article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
  'parsely-pub-date',
];
const AUTHOR_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author'];
const PUBLISHER_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const LANGUAGE_KEYS = ['og:locale', 'content-language', 'dc.language', 'language'];
// The sharing description first: templates fill it with the standfirst more often than the search-engine one.
const DESCRIPTION_KEYS = ['og:description', 'description', 'twitter:description', 'dc.description'];

/** "By Jane Doe and John Roe" → the names; URLs (article:author often is one) are not names. */
const BY_PREFIX = /^\s*by\s+/i;
const NAME_SEPARATORS = /\s*(?:,|;|\band\b|&)\s*/i;
const URL_LIKE = /^(?:https?:)?\/\//i;

function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const tag of doc.querySelectorAll('meta[content]')) {
    const key = (
      tag.getAttribute('property') ??
      tag.getAttribute('name') ??
      tag.getAttribute('itemprop') ??
      tag.getAttribute('http-equiv') ??
      ''
    ).toLowerCase();
    const content = tag.getAttribute('content')?.trim();
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

const pick = (values: Map<string, string>, keys: readonly string[]): string | undefined =>
  keys.map((key) => values.get(key)).find((value) => value !== undefined);

/** Splits a byline into names. */
export function splitByline(byline: string): string[] {
  if (URL_LIKE.test(byline)) return [];
  return byline
    .replace(BY_PREFIX, '')
    .split(NAME_SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** Page metadata: JSON-LD first, then meta tags, `<title>`, `<html lang>` and the canonical link. */
export function readMeta(doc: Document, url?: string): PageMeta {
  const ld = readJsonLd(doc);
  const values = metaValues(doc);
  const title = doc.querySelector('title')?.textContent?.trim() || undefined;
  const author = pick(values, AUTHOR_KEYS);
  const language = ld.language ?? doc.documentElement?.getAttribute('lang') ?? pick(values, LANGUAGE_KEYS);
  const meta: PageMeta = {
    headline: ld.headline ?? pick(values, HEADLINE_KEYS) ?? title,
    date: ld.date ?? pick(values, DATE_KEYS),
    bylines: ld.bylines ?? (author ? splitByline(author) : undefined),
    publisher: ld.publisher ?? pick(values, PUBLISHER_KEYS),
    description: pick(values, DESCRIPTION_KEYS),
    // BCP 47 primary subtag only: "en-US" and "en_GB" are both "en".
    language: language?.trim().split(/[-_]/)[0]?.toLowerCase() || undefined,
    url: url ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? pick(values, ['og:url']) ?? ld.url,
  };
  if (meta.bylines?.length === 0) meta.bylines = undefined;
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) as PageMeta;
}
