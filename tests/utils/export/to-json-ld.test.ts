import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonLd } from '../../../utils/export/to-json-ld';
import type { ThreadNode } from '../../../utils/model';
import { parsePageText } from '../../../utils/parse-page-text';
import { emptyDoc, makeComment, node, sampleDoc } from './page-doc-fixture';

type Json = Record<string, unknown>;

const SAMPLE = join(import.meta.dirname, '../../../..', 'shared/seeds/000_f1e603e65cfa6128.txt');

/** Every Comment node in the tree, depth first, with the `@id` of the node it is nested under. */
function flatten(nodes: unknown, holder?: string): { node: Json; holder?: string }[] {
  return ((nodes as Json[] | undefined) ?? []).flatMap((item) => [
    { node: item, holder },
    ...flatten(item.comment, item['@id'] as string),
  ]);
}

describe('toJsonLd', () => {
  it('should describe the article as a schema.org NewsArticle', () => {
    const ld = toJsonLd(sampleDoc());
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Harbour bridge reopens after two-year repair',
      datePublished: '2026-03-04',
      author: [
        { '@type': 'Person', name: 'Ada Quinn' },
        { '@type': 'Person', name: 'Bo Lind' },
      ],
      publisher: { '@type': 'Organization', name: 'Coastline Wire' },
      abstract: 'The Dunmore bridge reopened on Tuesday. Mayor Lena Ortiz cut the ribbon.',
      articleBody: 'The Dunmore bridge reopened on Tuesday.\n\nMayor Lena Ortiz cut the ribbon.',
      creditText: 'Coastline Wire writer Cy Moss contributed.',
      copyrightNotice: '© Copyright 2026 Coastline Wire. All rights reserved.',
      inLanguage: 'en',
      url: 'https://example.test/bridge',
      commentCount: 3,
    });
  });

  it('should give the standfirst as the description, its paragraphs on one line', () => {
    const doc = sampleDoc();
    doc.metadata.standfirst = { text: 'Boats are back.\nThe quay is busy again.' };
    expect(toJsonLd(doc).description).toBe('Boats are back. The quay is busy again.');
    expect(toJsonLd(sampleDoc())).not.toHaveProperty('description');
  });

  it.each([
    ['Lena Ortiz', 'Person'],
    ['Dunmore', 'Place'],
    ['Port Authority of Dunmore', 'Organization'],
    ['Bridge Week', 'Thing'],
  ])('should list %s in mentions as a %s', (name, type) => {
    expect(toJsonLd(sampleDoc()).mentions).toContainEqual({ '@type': type, name });
  });

  it('should nest replies under their parent with parentItem pointing at it', () => {
    const comments = flatten(toJsonLd(sampleDoc()).comment);
    expect(comments.map(({ node, holder }) => [node['@id'], holder, node.parentItem])).toEqual([
      ['#comment-c1', undefined, undefined],
      ['#comment-c2', '#comment-c1', { '@id': '#comment-c1' }],
      ['#comment-c3', undefined, undefined],
    ]);
    expect(comments[0]?.node).toMatchObject({
      '@type': 'Comment',
      author: { '@type': 'Person', name: 'Marta' },
      text: 'The ferry was faster anyway.\nAsk anyone in Dunmore.',
    });
  });

  it.each<[string, ThreadNode[]]>([
    ['threads that repeat a comment', [node('c1', [node('c2')]), node('c2'), node('c3'), node('c1')]],
    ['threads that miss a comment', [node('c3')]],
    ['threads naming unknown ids', [node('c7', [node('c1')]), node('c2'), node('c3')]],
  ])('should include every comment exactly once with %s', (_name, threads) => {
    const ids = flatten(toJsonLd({ ...sampleDoc(), threads }).comment).map(({ node }) => node['@id']);
    expect([...ids].sort()).toEqual(['#comment-c1', '#comment-c2', '#comment-c3']);
  });

  it('should cap the nesting of a long reply chain and keep each parentItem exact', () => {
    const comments = Array.from({ length: 200 }, (_, i) => makeComment(i, `reader${i}`, [`reply ${i}`]));
    let chain: ThreadNode = { id: 'c200', depth: 0, children: [] };
    for (let i = 199; i >= 1; i--) chain = { id: `c${i}`, depth: 0, children: [chain] };
    const nodes = flatten(toJsonLd({ ...emptyDoc(), comments, threads: [chain] }).comment);
    expect(nodes).toHaveLength(200);
    expect(nodes.every(({ node }, i) => i === 0 || (node.parentItem as Json)['@id'] === `#comment-c${i}`)).toBe(true);
    expect(new Set(nodes.map(({ holder }) => holder)).size).toBeLessThan(200);
  });

  it('should omit what the document does not have', () => {
    expect(toJsonLd(emptyDoc())).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      commentCount: 0,
    });
  });

  it.skipIf(!existsSync(SAMPLE))('should cover every comment of the sample page exactly once', () => {
    const doc = parsePageText(readFileSync(SAMPLE, 'utf8'));
    const ld = toJsonLd(doc);
    const ids = flatten(ld.comment).map(({ node }) => node['@id']);
    expect(ld.commentCount).toBe(doc.comments.length);
    expect([...ids].sort()).toEqual(doc.comments.map((comment) => `#comment-${comment.id}`).sort());
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
  });
});

if (!existsSync(SAMPLE)) console.warn(`toJsonLd: sample page ${SAMPLE} absent, its test is skipped`);
