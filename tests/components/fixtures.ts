import { vi } from 'vitest';
import type { Comment, Entity, NoiseScore, PageDoc, Span, ThreadNode } from '../../utils/model';

/** A comment to build: author, text (lines split on "\n"), optional parent id and noise. */
export interface CommentSpec {
  author: string;
  text: string;
  parent?: string;
  noise?: NoiseScore;
}

const CLEAN: NoiseScore = { score: 0, reasons: [] };

/** Builds comments `c1…cN` with plausible, consecutive offsets, as the parser would number them. */
export function makeComments(specs: readonly CommentSpec[]): Comment[] {
  let offset = 1000;
  return specs.map((spec, index) => {
    const start = offset;
    const authorEnd = start + spec.author.length;
    let cursor = authorEnd + 1;
    const paragraphs = spec.text.split('\n').map((line) => {
      const paragraph = { text: line, start: cursor, end: cursor + line.length };
      cursor = paragraph.end + 1;
      return paragraph;
    });
    offset = cursor + 1;
    return {
      type: 'comment',
      id: `c${index + 1}`,
      index,
      author: { text: spec.author, start, end: authorEnd },
      paragraphs,
      start,
      end: cursor - 1,
      text: spec.text,
      ...(spec.parent ? { replyTo: { parentId: spec.parent, confidence: 1, evidence: 'dom', reason: 'nested' } } : {}),
      noise: spec.noise ?? CLEAN,
    };
  });
}

/** The reply forest of comments, as `buildThreads` shapes it (iterative: fixtures may hold long chains). */
export function threadsOf(comments: readonly Comment[]): ThreadNode[] {
  const nodes = new Map<string, ThreadNode>();
  const roots: ThreadNode[] = [];
  for (const comment of comments) {
    const parent = comment.replyTo ? nodes.get(comment.replyTo.parentId) : undefined;
    const node: ThreadNode = { id: comment.id, depth: parent ? parent.depth + 1 : 0, children: [] };
    nodes.set(comment.id, node);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** An entity with one mention per given comment id (comment scope) or per given offset (body scope). */
export function makeEntity(name: string, type: Entity['type'], options: Partial<Entity> = {}): Entity {
  const mentions = options.mentions ?? [{ text: name, start: 10, end: 10 + name.length }];
  return { id: `body:${type}:${name}`, name, type, aliases: [], count: mentions.length, mentions, ...options };
}

/** A small but complete document; override any part. Comments are given as specs and threaded for you. */
export function makeDoc(overrides: Partial<PageDoc> = {}, commentSpecs: readonly CommentSpec[] = []): PageDoc {
  const comments = makeComments(commentSpecs);
  return {
    version: 1,
    source: { kind: 'page', length: 50_000, name: 'https://news.example/story' },
    metadata: {
      headline: { text: 'Harbour bridge reopens after storm repairs' },
      date: { text: 'March 3, 2024', iso: '2024-03-03' },
      bylines: [{ text: 'Ana Ruiz' }],
      publisher: { text: 'Example News' },
      url: 'https://news.example/story',
    },
    body: [],
    summary: [
      { type: 'sentence', text: 'The bridge reopened on Sunday.', start: 100, end: 130, paragraph: 0, score: 0.9 },
      { type: 'sentence', text: 'Repairs took six weeks.', start: 131, end: 154, paragraph: 1, score: 0.7 },
    ],
    entities: { body: [], comments: [] },
    commentSection: { chrome: [] },
    comments,
    threads: threadsOf(comments),
    readersSay: [],
    warnings: [],
    ...overrides,
  };
}

/** A discussion with a thread two levels deep, a noisy comment with a reply, and a second thread. */
export const DISCUSSION: readonly CommentSpec[] = [
  { author: 'Yrral', text: 'The ferry was faster anyway.\nBut the bridge is cheaper.' },
  { author: 'Mina', text: 'Not at rush hour it was not.', parent: 'c1' },
  { author: 'Olek', text: 'Rush hour is the whole point.', parent: 'c2' },
  {
    author: 'Shouter',
    text: 'WORST BRIDGE EVER!!!!',
    noise: {
      score: 0.8,
      reasons: [
        { code: 'shouting', message: 'mostly capital letters', weight: 0.5 },
        { code: 'repeated-punctuation', message: 'repeated punctuation', weight: 0.4 },
      ],
    },
  },
  { author: 'Calm', text: 'It did flood twice, to be fair.', parent: 'c4' },
  { author: 'Pia', text: 'Glad the Harbour Authority finally fixed it.' },
];

/** A host whose methods are spies. */
export function makeHost() {
  return {
    site: 'news.example',
    highlight: vi.fn<(spans: readonly Span[] | null) => number>((spans) => spans?.length ?? 0),
    close: vi.fn<() => void>(),
    setCollapsedOnPage: vi.fn<(ids: readonly string[], collapsed: boolean) => void>(),
  };
}
