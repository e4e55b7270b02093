// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle, jsonLdArticleType } from '../../../utils/dom/detect-article';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'assets', 'demo');

function docFrom(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.documentElement.innerHTML = html;
  return doc;
}

const ld = (value: unknown) => `<head><script type="application/ld+json">${JSON.stringify(value)}</script></head>`;
const prose = (n: number) =>
  Array.from({ length: n }, () => `<p>${'Lorem ipsum dolor sit amet. '.repeat(10)}</p>`).join('');

describe('jsonLdArticleType', () => {
  it.each([
    ['a NewsArticle', ld({ '@type': 'NewsArticle' }), 'NewsArticle'],
    ['a type list', ld({ '@type': ['WebPage', 'ReportageNewsArticle'] }), 'ReportageNewsArticle'],
    ['an @graph', ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'BlogPosting' }] }), 'BlogPosting'],
    ['a full schema.org IRI', ld({ '@type': 'https://schema.org/Article' }), 'Article'],
    ['a top-level array', ld([{ '@type': 'Organization' }, { '@type': 'NewsArticle' }]), 'NewsArticle'],
    ['a page’s mainEntity', ld({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle' } }), 'NewsArticle'],
    ['a review desk’s headed Review', ld({ '@type': 'Review', headline: 'Road test' }), 'Review'],
  ])('should find %s', (_name, html, type) => {
    expect(jsonLdArticleType(docFrom(html))).toBe(type);
  });

  it.each([
    ['no JSON-LD', '<p>hi</p>'],
    ['a product', ld({ '@type': 'Product' })],
    ['a shop’s customer review', ld({ '@type': 'Review', name: 'Nice kettle', reviewBody: 'Boils fast.' })],
    ['broken JSON', '<script type="application/ld+json">{ "@type": "NewsArticle", </script>'],
  ])('should find nothing in %s', (_name, html) => {
    expect(jsonLdArticleType(docFrom(html))).toBeUndefined();
  });
});

describe('detectArticle', () => {
  it.each([
    ['JSON-LD', ld({ '@type': 'NewsArticle' }), 'json-ld:NewsArticle'],
    ['og:type', '<head><meta property="og:type" content="article"></head>', 'og:article'],
    ['several long paragraphs', `<body>${prose(5)}</body>`, 'long-paragraphs'],
  ])('should call a page with %s an article', (_name, html, signal) => {
    const result = detectArticle(docFrom(html));
    expect(result.isArticle).toBe(true);
    expect(result.signals).toContain(signal);
  });

  it.each([
    ['an empty page', ''],
    ['a shop with a review count only', '<body><h2>12 comments</h2><p>Kettle £24</p></body>'],
    ['a page of short blurbs', `<body>${'<p>Free delivery over £30, returns within 30 days.</p>'.repeat(8)}</body>`],
  ])('should not call %s an article', (_name, html) => {
    expect(detectArticle(docFrom(html)).isArticle).toBe(false);
  });

  it('should note a comment count as supporting evidence', () => {
    expect(detectArticle(docFrom(`<body>${prose(5)}<h2>35 Comments</h2></body>`)).signals).toContain('comment-count');
  });

  it.each([
    ['article.html', true],
    ['blog-replies.html', true],
    ['shop.html', false],
  ])('should classify the demo page %s', (file, expected) => {
    const doc = docFrom(readFileSync(join(DEMO, file), 'utf8').replace(/^<!doctype html>/i, ''));
    expect(detectArticle(doc).isArticle).toBe(expected);
  });
});
