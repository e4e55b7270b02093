import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { articleTypeOf, jsonLdArticles } from '../../../utils/dom/json-ld-articles';

const docOf = (...blocks: string[]): Document =>
  parseHTML(
    `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`,
  ).document as unknown as Document;
const headlines = (doc: Document): unknown[] => jsonLdArticles(doc).map((node) => node['headline']);

describe('jsonLdArticles', () => {
  it('should find articles at the top, in arrays, in @graph and as a page’s mainEntity, in page order', () => {
    const doc = docOf(
      JSON.stringify({ '@type': 'NewsArticle', headline: 'A' }),
      JSON.stringify([
        { '@type': 'Organization', name: 'Org' },
        { '@type': 'BlogPosting', headline: 'B' },
      ]),
      JSON.stringify({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'https://schema.org/Article', headline: 'C' }] }),
      JSON.stringify({ '@type': 'WebPage', mainEntity: { '@type': 'ReportageNewsArticle', headline: 'D' } }),
    );
    expect(headlines(doc)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('should take a headed Review as the article but not a shop’s customer review', () => {
    const doc = docOf(
      JSON.stringify({ '@type': 'Review', name: 'Great kettle', reviewBody: 'Boils fast.' }),
      JSON.stringify({ '@type': 'Review', headline: 'Road test: the new hatchback' }),
    );
    expect(headlines(doc)).toEqual(['Road test: the new hatchback']);
  });

  it('should skip broken blocks and read the others', () => {
    const doc = docOf('{ "@type": "NewsArticle", ', JSON.stringify({ '@type': 'NewsArticle', headline: 'Kept' }));
    expect(headlines(doc)).toEqual(['Kept']);
  });

  it('should skip a block longer than the limit it is given, unread', () => {
    const long = JSON.stringify({ '@type': 'NewsArticle', headline: 'Long', articleBody: 'x'.repeat(500) });
    expect(headlines(docOf(long))).toEqual(['Long']);
    expect(jsonLdArticles(docOf(long), 100)).toEqual([]);
  });

  it('should not follow an absurdly deep chain of lists, and not throw on it', () => {
    const deep = '['.repeat(5000) + JSON.stringify({ '@type': 'NewsArticle', headline: 'Deep' }) + ']'.repeat(5000);
    const shallow = JSON.stringify([[{ '@type': 'NewsArticle', headline: 'Shallow' }]]);
    expect(headlines(docOf(deep, shallow))).toEqual(['Shallow']);
  });
});

describe('articleTypeOf', () => {
  it.each([
    [{ '@type': 'NewsArticle' }, 'NewsArticle'],
    [{ '@type': ['WebPage', 'OpinionNewsArticle'] }, 'OpinionNewsArticle'],
    [{ '@type': 'http://schema.org/BlogPosting' }, 'BlogPosting'],
    [{ '@type': 'Review', headline: 'Tested' }, 'Review'],
  ])('should read %j as %s', (node, type) => {
    expect(articleTypeOf(node)).toBe(type);
  });

  it.each([
    [{ '@type': 'WebSite' }],
    [{ '@type': 'Review', name: 'Nice' }],
    [{ headline: 'No type' }],
    [{ '@type': 7 }],
  ])('should find no article type in %j', (node) => {
    expect(articleTypeOf(node as never)).toBeUndefined();
  });
});
