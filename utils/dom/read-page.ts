import type { CommentHint, ParseOptions } from '../model';
import { findComments } from './comments/find-comments';
import { extractArticle } from './extract-article';
import { hasUnreadableComments } from './has-unreadable-comments';
import { readMeta } from './read-meta';
import { TextBuilder } from './text-builder';
import type { TextMap } from './text-map';
import { writeComments } from './write-comments';

/** The page turned into the parser's input, with the way back to the DOM. */
export interface PageReading {
  /** Article paragraphs (one per line), then the comment region. */
  text: string;
  /** Ready for `parsePageText(text, options)`. */
  options: ParseOptions;
  /** Offsets in `text` → live DOM text nodes. */
  map: TextMap;
}

/** Options for `readPage`. */
export interface ReadPageOptions {
  /** The page's address (the document's own URL when not given). */
  url?: string;
}

/** The document's own address, unless it has none worth recording. */
function documentUrl(doc: Document): string | undefined {
  const url = doc.URL;
  return url && !url.startsWith('about:') ? url : undefined;
}

/**
 * Reads a page: metadata from JSON-LD and meta tags, the article body through Readability on a clone (the page is
 * never changed), then the comment section with its structure when the markup gives it. Never throws on odd pages.
 */
export function readPage(doc: Document = document, options: ReadPageOptions = {}): PageReading {
  const url = options.url ?? documentUrl(doc);
  const meta = readMeta(doc, url);
  const found = findComments(doc);
  const builder = new TextBuilder();
  extractArticle(doc, builder, found ? [found.region] : []);
  const commentsStart = builder.length;
  const hints: CommentHint[] = found ? writeComments(builder, found) : [];
  const unreadable = hints.length === 0 && hasUnreadableComments(doc);
  const parseOptions: ParseOptions = {
    kind: 'page',
    mode: 'page',
    ...(url ? { name: url } : {}),
    meta,
    ...(hints.length > 0 ? { commentsStart, comments: hints } : { commentsStart }),
    ...(unreadable ? { commentsUnreadable: true } : {}),
  };
  return { text: builder.toString(), options: parseOptions, map: builder.map };
}
