import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { articleTypeOf, jsonLdArticles } from './json-ld-articles';

/** A JSON-LD block larger than this (characters) is not parsed: detection must stay cheap on any page. */
const MAX_JSON_LD_CHARS = 200_000;
/** A paragraph this long (characters) reads as article prose rather than a teaser or a product blurb. */
const LONG_PARAGRAPH_CHARS = 200;
/** Several long paragraphs make an article even when Readability's visibility test is unsure. */
const MIN_LONG_PARAGRAPHS = 4;
/** Paragraph elements looked at, at most: enough to decide, bounded on huge pages. */
const MAX_PARAGRAPHS_SCANNED = 400;
/** Headings looked at for a comment count. */
const MAX_HEADINGS_SCANNED = 200;
/** "35 Comments", "1 comment", "Comments (12)": the comment-count line the parser also looks for. */
const COMMENT_COUNT = /^\s*(?:\d[\d,.]*\s+comments?|comments?\s*\(\s*\d+\s*\))\s*$/i;

/** What `detectArticle` found: the verdict and the signals behind it. */
export interface ArticleSignals {
  isArticle: boolean;
  signals: string[];
}

/** The schema.org article type declared in the page's JSON-LD, if any ("NewsArticle", "BlogPosting", …). */
export function jsonLdArticleType(doc: Document): string | undefined {
  const article = jsonLdArticles(doc, MAX_JSON_LD_CHARS)[0];
  return article && articleTypeOf(article);
}

function countLongParagraphs(doc: Document): number {
  let long = 0;
  const paragraphs = doc.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS_SCANNED && long < MIN_LONG_PARAGRAPHS; i++) {
    if ((paragraphs[i]?.textContent?.length ?? 0) >= LONG_PARAGRAPH_CHARS) long++;
  }
  return long;
}

function hasCommentCount(doc: Document): boolean {
  const headings = doc.querySelectorAll('h1, h2, h3, h4, [class*="comment" i] > span, [id*="comment" i] > span');
  for (let i = 0; i < headings.length && i < MAX_HEADINGS_SCANNED; i++) {
    if (COMMENT_COUNT.test(headings[i]?.textContent ?? '')) return true;
  }
  return false;
}

/**
 * Decides cheaply whether a page is an article worth a panel: declared metadata (JSON-LD, `og:type`) or the shape of
 * the page (Readability's readerable test, several long paragraphs). A comment count alone does not make an article
 * (shops have reviews), it only backs up the other signals.
 */
export function detectArticle(doc: Document = document): ArticleSignals {
  const signals: string[] = [];
  const ldType = jsonLdArticleType(doc);
  if (ldType) signals.push(`json-ld:${ldType}`);
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') signals.push('og:article');
  if (isProbablyReaderable(doc)) signals.push('readerable');
  if (countLongParagraphs(doc) >= MIN_LONG_PARAGRAPHS) signals.push('long-paragraphs');
  const shaped = signals.length > 0;
  if (hasCommentCount(doc)) signals.push('comment-count');
  return { isArticle: shaped, signals };
}
