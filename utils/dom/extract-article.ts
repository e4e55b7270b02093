import { Readability } from '@mozilla/readability';
import type { Span } from '../model';
import { appendBlocks } from './append-blocks';
import { isBoilerplateLine } from './is-boilerplate-line';
import { pairNodes } from './pair-nodes';
import type { TextBuilder } from './text-builder';

/** Readability's own default: below this many characters it keeps looking (ours: same, stated for the reader). */
const MIN_ARTICLE_CHARS = 500;

/** What the article pass produced. */
export interface ArticleResult {
  /** Spans of the article lines written into the builder. */
  lines: Span[];
  /** True when Readability found an article; false when we fell back to the page's whole visible text. */
  readable: boolean;
}

/**
 * Writes the article body into `builder`, one paragraph per line. Readability runs on a deep CLONE of the document
 * (it edits what it reads); each clone text node is paired with its original before that, so the text map points at
 * the live page. `exclude` (the comment region, in the original document) is left out even if Readability kept it.
 */
export function extractArticle(doc: Document, builder: TextBuilder, exclude: readonly Element[] = []): ArticleResult {
  const clone = doc.cloneNode(true) as Document;
  const pairs = pairNodes(doc, clone);
  let content: Element | undefined;
  try {
    const reader = new Readability(clone, {
      charThreshold: MIN_ARTICLE_CHARS,
      // Keep the element itself: we walk its text nodes instead of re-parsing serialised HTML.
      serializer: (node: Node) => node,
    });
    const parsed = reader.parse();
    content = (parsed?.content as unknown as Element | null | undefined) ?? undefined;
  } catch {
    // Readability throws on some odd documents; the fallback below still gives the reader something.
    content = undefined;
  }
  const excluded = new Set<Node>(exclude);
  const skip = (element: Element): boolean => {
    const original = pairs.get(element);
    return original !== undefined && excluded.has(original);
  };
  const source = (node: Text): Text | undefined => pairs.get(node) as Text | undefined;
  const keep = (line: string): boolean => !isBoilerplateLine(line);
  if (content && (content.textContent ?? '').trim().length > 0) {
    return { lines: appendBlocks(builder, content, { keep, skip, source }), readable: true };
  }
  const body = doc.body ?? doc.documentElement;
  if (!body) return { lines: [], readable: false };
  return { lines: appendBlocks(builder, body, { keep, skip: (element) => excluded.has(element) }), readable: false };
}
