import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_DECLARED_CHARS, MIN_DECLARED_CHARS, readDeclaredBody } from '../../../utils/dom/read-declared-body';

const PARAGRAPH = 'The harbour board met on Monday to look again at the winter timetable for the island ferry. ';
/** An invented body just over the length that counts as a real article. */
const LONG = PARAGRAPH.repeat(Math.ceil(MIN_DECLARED_CHARS / PARAGRAPH.length) + 1).trim();

const docWith = (head: string, body = ''): Document =>
  parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readDeclaredBody', () => {
  it.each([
    ['a NewsArticle', ld({ '@type': 'NewsArticle', articleBody: LONG })],
    [
      'an article inside @graph',
      ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'BlogPosting', articleBody: LONG }] }),
    ],
    ['an article in a top-level array', ld([{ '@type': 'Organization' }, { '@type': ['Article'], articleBody: LONG }])],
    ['a body given as a list of paragraphs', ld({ '@type': 'Article', articleBody: [LONG] })],
    [
      'the longest of two articles',
      ld([
        { '@type': 'Article', articleBody: 'Short.' },
        { '@type': 'Article', articleBody: LONG },
      ]),
    ],
  ])('should read the JSON-LD body of %s', (_label, head) => {
    expect(readDeclaredBody(docWith(head))?.text).toBe(LONG);
  });

  it('should read markup inside a JSON-LD body as words', () => {
    const body = readDeclaredBody(docWith(ld({ '@type': 'Article', articleBody: `<p>${LONG}</p>` })));
    expect(body?.text.trim()).toBe(LONG);
  });

  it('should read character references in a JSON-LD body as the page shows them', () => {
    const encoded = LONG.replace('harbour', 'caf&#233;')
      .replace('board', 'board&rsquo;s')
      .replace('winter', 'win&#x74;er');
    const body = readDeclaredBody(docWith(ld({ '@type': 'NewsArticle', articleBody: encoded })));
    expect(body?.text).toBe(LONG.replace('harbour', 'café').replace('board', 'board s'));
  });

  it.each([
    ['a body ending in an ellipsis', `${LONG} The board will…`, true],
    ['a body ending in three dots and a bracket', `${LONG} The board will [...]`, true],
    ['a whole body', LONG, false],
  ])('should tell %s', (_label, articleBody, truncated) => {
    expect(readDeclaredBody(docWith(ld({ '@type': 'NewsArticle', articleBody })))?.truncated).toBe(truncated);
  });

  it.each([
    ['false', false, true],
    ['"False"', 'False', true],
    ['true', true, false],
  ])(
    'should read a body marked isAccessibleForFree: %s as cut short or not',
    (_label, isAccessibleForFree, truncated) => {
      const doc = docWith(ld({ '@type': 'NewsArticle', isAccessibleForFree, articleBody: LONG }));
      expect(readDeclaredBody(doc)?.truncated).toBe(truncated);
    },
  );

  it('should read a type written as a schema.org URL', () => {
    expect(readDeclaredBody(docWith(ld({ '@type': 'https://schema.org/NewsArticle', articleBody: LONG })))?.text).toBe(
      LONG,
    );
  });

  it('should read the visible text of microdata body elements, one per paragraph too', () => {
    const html = `<div itemprop="articleBody"><p>${LONG}</p><script>var x = 1;</script></div><p itemprop="articleBody">Second part.</p>`;
    const body = readDeclaredBody(docWith('', html));
    expect(body?.elements.map((element) => element.tagName)).toEqual(['DIV', 'P']);
    expect(body?.text.trim()).toBe(`${LONG}\nSecond part.`);
  });

  it('should keep the microdata elements next to a JSON-LD body', () => {
    const body = readDeclaredBody(
      docWith(ld({ '@type': 'NewsArticle', articleBody: LONG }), `<div itemprop="articleBody"><p>${LONG}</p></div>`),
    );
    expect(body?.elements).toHaveLength(1);
  });

  it.each([
    ['a page without JSON-LD or microdata', docWith('', `<p>${LONG}</p>`)],
    ['a teaser-length body', docWith(ld({ '@type': 'NewsArticle', articleBody: PARAGRAPH }))],
    ['a body on a type that is no article', docWith(ld({ '@type': 'Product', articleBody: LONG }))],
    ['broken JSON-LD', docWith(`<script type="application/ld+json">{"@type": "Article", "articleBody": </script>`)],
    [
      'a body longer than any article',
      docWith(ld({ '@type': 'NewsArticle', articleBody: PARAGRAPH.repeat(MAX_DECLARED_CHARS / PARAGRAPH.length + 1) })),
    ],
    ['a short microdata element', docWith('', `<div itemprop="articleBody">${PARAGRAPH}</div>`)],
  ])('should give nothing for %s', (_label, doc) => {
    expect(readDeclaredBody(doc)).toBeUndefined();
  });
});

describe('readDeclaredBody (RDFa Lite)', () => {
  it.each([
    ['property="articleBody"', 'property="articleBody"'],
    ['the schema: prefix', 'property="schema:articleBody"'],
    ['articleBody among other terms', 'property="text articleBody"'],
  ])('should read a body the page marks with %s, as BBC News marked its story', (_label, attribute) => {
    const body = `<div class="story-body__inner" ${attribute}><p>${LONG}</p></div>`;
    const declared = readDeclaredBody(docWith('', body));
    expect(declared?.source).toBe('microdata');
    expect(declared?.text.trim()).toBe(LONG);
    expect(declared?.elements.map((element) => element.className)).toEqual(['story-body__inner']);
  });

  it.each([
    ['another RDFa term', `<div property="description"><p>${LONG}</p></div>`],
    ['a term that only holds the word', `<div property="articleBodyText"><p>${LONG}</p></div>`],
  ])('should not read %s as the body', (_label, body) => {
    expect(readDeclaredBody(docWith('', body))).toBeUndefined();
  });
});
