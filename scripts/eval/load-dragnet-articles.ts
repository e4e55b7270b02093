import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Paragraph } from '../../utils/model';
import { rougeTokens } from './rouge';

/**
 * Evaluation pages from the Dragnet set in shared/ (AGPL: read here at eval time, never copied into the repo).
 * There is no human summary in it, so the reference is the page's own headline (from <title>, site name cut off):
 * a short human abstract of the article. Headline lines are removed from the body so no method can copy them.
 */
export interface EvalArticle {
  id: string;
  text: string;
  body: Paragraph[];
  headline: string;
  /**
   * The page's meta description when it is a written summary: present, at least MIN_DESCRIPTION_TOKENS long, and not
   * copied from the body (most of its word pairs absent from the body). Otherwise undefined.
   */
  description?: string;
  /** Independent of our news detector: "other" when the page calls itself a blog (title or canonical URL). */
  genre: 'news' | 'other';
  split: 'dev' | 'test';
}

export const DRAGNET_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'dragnet-train');
/** Headline separators that set off the site name ("Title - CBS News", "Title | Facebook"). */
const TITLE_SEPARATOR = / (?:[-|–—«»:]|::|&laquo;|&raquo;) /;
const TITLE = /<title[^>]*>([^<]*)/i;
const BLOG = /blog/i;
const DESCRIPTION = /<meta[^>]+(?:name|property)=["'](?:og:)?description["'][^>]*>/i;
const CONTENT = /content=(["'])([\s\S]*?)\1/i;
/** Descriptions shorter than this (tokens) are taglines, not summaries. */
const MIN_DESCRIPTION_TOKENS = 8;
/** Share of a description's word pairs found in the body at which it was copied from the body, not written. */
const COPIED_BIGRAM_SHARE = 0.6;
const CANONICAL = /<link[^>]+rel=["']canonical["'][^>]*>/i;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&#039;': "'", '&quot;': '"', '&#8217;': '’', '&nbsp;': ' ' };
/** Headlines shorter than this (tokens) say too little to score against. */
const MIN_HEADLINE_TOKENS = 4;
/** Token overlap (Jaccard) at which a body line is the headline repeated. */
const HEADLINE_LINE_OVERLAP = 0.5;
/** One page in this many goes to the dev split (tuning); the rest is held out. */
const DEV_EVERY = 3;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function bigrams(tokens: readonly string[]): string[] {
  return tokens.slice(1).map((token, i) => `${tokens[i]} ${token}`);
}

function readDescription(html: string, text: string): string | undefined {
  const tag = DESCRIPTION.exec(html)?.[0] ?? '';
  const description = decode(CONTENT.exec(tag)?.[2] ?? '').trim();
  const tokens = rougeTokens(description);
  if (tokens.length < MIN_DESCRIPTION_TOKENS) return undefined;
  const body = new Set(bigrams(rougeTokens(text)));
  const pairs = bigrams(tokens);
  const copied = pairs.filter((pair) => body.has(pair)).length / pairs.length;
  return copied >= COPIED_BIGRAM_SHARE ? undefined : description;
}

const decode = (html: string): string => html.replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? ' ');

function jaccard(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  let both = 0;
  for (const token of x) if (y.has(token)) both++;
  return both / Math.max(1, x.size + y.size - both);
}

/** Loads the usable pages, or [] when shared/ is not beside the repository. */
export function loadDragnetArticles(): EvalArticle[] {
  const truthPath = join(DRAGNET_DIR, 'ground-truth.json');
  if (!existsSync(truthPath)) return [];
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string }>;
  const articles: EvalArticle[] = [];
  for (const [id, { articleBody: text }] of Object.entries(truth)) {
    const htmlPath = join(DRAGNET_DIR, 'html', `${id}.html.gz`);
    if (!existsSync(htmlPath)) continue;
    const html = gunzipSync(readFileSync(htmlPath)).toString('utf8');
    const rawTitle = decode(TITLE.exec(html)?.[1] ?? '').trim();
    const headline = rawTitle.split(TITLE_SEPARATOR).reduce((a, b) => (b.length > a.length ? b : a), '');
    const headTokens = rougeTokens(headline);
    if (headTokens.length < MIN_HEADLINE_TOKENS) continue;
    const body: Paragraph[] = [];
    let at = 0;
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      const isHeadline = jaccard(rougeTokens(trimmed), headTokens) >= HEADLINE_LINE_OVERLAP;
      if (trimmed && !isHeadline) {
        const start = at + line.indexOf(trimmed);
        body.push({ type: 'paragraph', index: body.length, text: trimmed, start, end: start + trimmed.length });
      }
      at += line.length + 1;
    }
    const canonical = CANONICAL.exec(html)?.[0] ?? '';
    const genre = BLOG.test(rawTitle) || BLOG.test(canonical) ? 'other' : 'news';
    const description = readDescription(html, text);
    const split = hash(id) % DEV_EVERY === 0 ? 'dev' : 'test';
    articles.push({ id, text, body, headline, ...(description ? { description } : {}), genre, split });
  }
  return articles;
}
