// Hand-built documents for the exporter tests: the exporters read the model, not the parser, so their tests do not
// depend on how well the parser does today. The texts are our own, in the shape of a news page.
import type { Comment, Entity, EntityType, NoiseReason, PageDoc, ReplyLink, ThreadNode } from '../../../utils/model';

/** A comment with made-up but consistent offsets. */
export function makeComment(
  index: number,
  author: string,
  paragraphs: string[],
  extra: { replyTo?: ReplyLink; noise?: number; reasons?: NoiseReason[] } = {},
): Comment {
  const start = 1000 + index * 100;
  let at = start + author.length + 1;
  const spans = paragraphs.map((text) => {
    const span = { text, start: at, end: at + text.length };
    at = span.end + 1;
    return span;
  });
  return {
    type: 'comment',
    id: `c${index + 1}`,
    index,
    author: { text: author, start, end: start + author.length },
    paragraphs: spans,
    start,
    end: at - 1,
    text: paragraphs.join('\n'),
    ...(extra.replyTo ? { replyTo: extra.replyTo } : {}),
    noise: { score: extra.noise ?? 0, reasons: extra.reasons ?? [] },
  };
}

export function makeEntity(name: string, type: EntityType, count: number, aliases: string[] = []): Entity {
  const mentions = Array.from({ length: count }, (_, i) => ({ text: name, start: i * 10, end: i * 10 + name.length }));
  return { id: `body:${type}:${name}`, name, type, aliases, count, mentions };
}

/** A node with children, depth computed from where it sits. */
export function node(id: string, children: ThreadNode[] = [], depth = 0): ThreadNode {
  return { id, depth, children: children.map((child) => ({ ...child, depth: depth + 1 })) };
}

export const REPLY: ReplyLink = { parentId: 'c1', confidence: 0.9, evidence: 'addressed', reason: 'addresses @Marta' };

/** An empty document, as the parser gives for empty input. */
export function emptyDoc(): PageDoc {
  return {
    version: 1,
    source: { kind: 'text', length: 0 },
    metadata: { bylines: [] },
    body: [],
    summary: [],
    entities: { body: [], comments: [] },
    commentSection: { chrome: [] },
    comments: [],
    threads: [],
    readersSay: [],
    warnings: [],
  };
}

/** A small article about a fictional harbour bridge, three comments: a reply, and a noisy one. */
export function sampleDoc(): PageDoc {
  const comments = [
    makeComment(0, 'Marta', ['The ferry was faster anyway.', 'Ask anyone in Dunmore.']),
    makeComment(1, 'quayside_joe', ['@Marta not in winter it was not.'], { replyTo: REPLY }),
    makeComment(2, 'LOUD', ['WORST BRIDGE EVER'], {
      noise: 0.8,
      reasons: [{ code: 'shouting', message: 'written in capitals', weight: 0.6 }],
    }),
  ];
  return {
    ...emptyDoc(),
    source: { kind: 'text', length: 1400, name: 'bridge.txt' },
    metadata: {
      headline: { text: 'Harbour bridge reopens after two-year repair' },
      date: { text: '2026-03-04', iso: '2026-03-04', span: { start: 6, end: 16 } },
      bylines: [{ text: 'Ada Quinn' }, { text: 'Bo Lind' }],
      publisher: { text: 'Coastline Wire' },
      credits: { text: 'Coastline Wire writer Cy Moss contributed.' },
      copyright: { text: '© Copyright 2026 Coastline Wire. All rights reserved.' },
      language: 'en',
      url: 'https://example.test/bridge',
    },
    body: [
      { type: 'paragraph', index: 0, text: 'The Dunmore bridge reopened on Tuesday.', start: 17, end: 56 },
      { type: 'paragraph', index: 1, text: 'Mayor Lena Ortiz cut the ribbon.', start: 57, end: 89 },
    ],
    summary: [
      { type: 'sentence', paragraph: 0, text: 'The Dunmore bridge reopened on Tuesday.', start: 17, end: 56, score: 1 },
      { type: 'sentence', paragraph: 1, text: 'Mayor Lena Ortiz cut the ribbon.', start: 57, end: 89, score: 0.5 },
    ],
    entities: {
      body: [
        makeEntity('Lena Ortiz', 'person', 2, ['Ortiz']),
        makeEntity('Dunmore', 'place', 3),
        makeEntity('Port Authority of Dunmore', 'organization', 1, ['PAD']),
        makeEntity('Bridge Week', 'misc', 1),
      ],
      comments: [],
    },
    commentSection: { declaredCount: 4, chrome: [] },
    comments,
    threads: [node('c1', [node('c2')]), node('c3')],
    readersSay: [{ text: 'The ferry was faster anyway.', commentId: 'c1', score: 1, start: 1006, end: 1034 }],
  };
}
