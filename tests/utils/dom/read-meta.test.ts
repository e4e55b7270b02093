import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMeta, splitByline } from '../../../utils/dom/read-meta';
import { loadFixture } from './load-fixture';

const docOf = (head: string, lang = ''): Document =>
  parseHTML(`<html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body></body></html>`)
    .document as unknown as Document;

describe('readMeta', () => {
  it('should prefer JSON-LD over meta tags', () => {
    const meta = readMeta(loadFixture('dom-json-ld'));
    expect(meta).toMatchObject({
      headline: 'Library reopens: a better building than the one we lost',
      date: '2024-03-14T09:30:00+01:00',
      bylines: ['Mara Lind', 'Tom Okafor'],
      publisher: 'Riverside Courier Media',
      language: 'nl',
    });
  });

  it('should read the article a WebPage declares as its mainEntity', () => {
    const page = {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      mainEntity: {
        '@type': 'NewsArticle',
        headline: 'Harbour wall to be rebuilt',
        datePublished: '2026-11-24T00:00:00Z',
        author: [{ '@type': 'Person', name: 'Mara Lind' }],
      },
    };
    const meta = readMeta(docOf(`<script type="application/ld+json">${JSON.stringify(page)}</script>`));
    expect(meta).toMatchObject({
      headline: 'Harbour wall to be rebuilt',
      date: '2026-11-24T00:00:00Z',
      bylines: ['Mara Lind'],
    });
  });

  it('should not read a mainEntity that is no article', () => {
    const page = { '@type': 'WebPage', mainEntity: { '@type': 'Person', name: 'Mara Lind' } };
    const meta = readMeta(docOf(`<script type="application/ld+json">${JSON.stringify(page)}</script>`));
    expect(meta.bylines).toBeUndefined();
  });

  it("should read a review desk's headed Review as the article", () => {
    const page = {
      '@context': 'https://schema.org',
      '@type': 'Review',
      headline: 'Harbour Ferry 2027 review',
      datePublished: '2026-11-25T06:00:00Z',
      author: { '@type': 'Person', name: 'Mara Lind' },
      itemReviewed: { '@type': 'Car', name: 'Harbour Ferry' },
    };
    const meta = readMeta(docOf(`<script type="application/ld+json">${JSON.stringify(page)}</script>`));
    expect(meta).toMatchObject({ headline: 'Harbour Ferry 2027 review', bylines: ['Mara Lind'] });
  });

  it("should not read a shop's customer Review, which has no headline, as the article", () => {
    const page = {
      '@type': 'Review',
      name: 'Great kettle',
      reviewBody: 'Boils fast.',
      author: { '@type': 'Person', name: 'Mara Lind' },
    };
    const meta = readMeta(docOf(`<script type="application/ld+json">${JSON.stringify(page)}</script>`));
    expect(meta.bylines).toBeUndefined();
  });

  it('should read meta tags when the page has no JSON-LD', () => {
    const meta = readMeta(loadFixture('dom-wordpress'));
    expect(meta).toMatchObject({
      headline: 'Riverside library reopens after two-year rebuild',
      date: '2024-03-14T09:30:00Z',
      bylines: ['Mara Lind', 'Tom Okafor'],
      publisher: 'Riverside Courier',
      language: 'en',
    });
  });

  it.each([
    ['<title>Only a title</title>', '', { headline: 'Only a title' }],
    ['<meta name="author" content="By Ann Lee and Bo Chen">', '', { bylines: ['Ann Lee', 'Bo Chen'] }],
    ['<meta property="og:locale" content="de_DE">', '', { language: 'de' }],
    ['<link rel="canonical" href="https://example.test/a">', '', { url: 'https://example.test/a' }],
    ['', 'fr-CA', { language: 'fr' }],
    ['<meta name="description" content="Boats are back.">', '', { description: 'Boats are back.' }],
    [
      '<meta property="og:description" content="Boats are back."><meta name="description" content="Harbour news">',
      '',
      { description: 'Boats are back.' },
    ],
  ])('should read %s (lang %s) as %o', (head, lang, expected) => {
    expect(readMeta(docOf(head, lang))).toMatchObject(expected);
  });

  it.each([
    ['broken JSON-LD', '<script type="application/ld+json">{"@type": "NewsArticle",</script>'],
    [
      'JSON-LD without an article',
      '<script type="application/ld+json">{"@type": "Organization", "name": "X"}</script>',
    ],
    ['an empty head', ''],
  ])('should give no headline for %s', (_label, head) => {
    expect(readMeta(docOf(head)).headline).toBeUndefined();
  });

  it('should let the caller-given URL win', () => {
    expect(readMeta(docOf('<meta property="og:url" content="https://a.test/">'), 'https://b.test/').url).toBe(
      'https://b.test/',
    );
  });
});

describe('splitByline', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['Jane Doe, John Roe and Ann Lee', ['Jane Doe', 'John Roe', 'Ann Lee']],
    ['Jane Doe & John Roe', ['Jane Doe', 'John Roe']],
  ])('should split "%s" into names', (byline, names) => {
    expect(splitByline(byline)).toEqual(names);
  });

  it.each(['https://www.facebook.com/someone', '//example.test/author/x'])('should reject the URL %s', (byline) => {
    expect(splitByline(byline)).toEqual([]);
  });
});
