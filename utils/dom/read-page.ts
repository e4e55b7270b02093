import type { CommentHint, ParseOptions } from '../model';
import { runSteps, type Steps } from '../steps/steps';
import { appendCommentRegion } from './comments/append-comment-region';
import { findCommentsSteps } from './comments/find-comments';
import type { FoundComments } from './comments/found-comment';
import { extractArticle } from './extract-article';
import { findCommentRegion } from './find-comment-region';
import { findHeadline } from './find-headline';
import { openStoryDialog, storyDialogHeading } from './open-story-dialog';
import { shownHeadline } from './shown-headline';
import { hasUnreadableComments } from './has-unreadable-comments';
import { markupByline } from './markup-byline';
import { readMeta } from './read-meta';
import { opensOnPlaceDateline } from './opens-on-place-dateline';
import { TextBuilder } from './text-builder';
import { readUnchanging } from './unchanging-reads';
import type { TextMap } from './text-map';
import { writeCommentsSteps } from './write-comments';

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

/** Comment readers run on arbitrary markup: one that trips over it must not cost the reader the article. */
function* findCommentsSafely(doc: Document): Steps<FoundComments | undefined> {
  try {
    return yield* findCommentsSteps(doc);
  } catch {
    return undefined;
  }
}

/**
 * Reads a page: metadata from JSON-LD and meta tags, the article body through Readability on a clone (the page is
 * never changed), then the comment section with its structure when the markup gives it. Never throws on odd pages.
 */
export function readPage(doc: Document = document, options: ReadPageOptions = {}): PageReading {
  return runSteps(readPageSteps(doc, options));
}

/**
 * `readPage` step by step (see `Steps`): a step per phase (metadata, comment finding, the article) and per comment
 * written, so the panel can read a page with thousands of comments without freezing it.
 */
export function* readPageSteps(doc: Document = document, options: ReadPageOptions = {}): Steps<PageReading> {
  const url = options.url ?? documentUrl(doc);
  const builder = new TextBuilder();
  // A document without a root element (an empty file) has nothing to read; linkedom throws on `body` there.
  if (!doc.documentElement) {
    return {
      text: '',
      options: { kind: 'page', mode: 'page', ...(url ? { name: url } : {}), meta: url ? { url } : {} },
      map: builder.map,
    };
  }
  const meta = readMeta(doc, url);
  yield;
  const found = yield* findCommentsSafely(doc);
  // Without per-comment markup, a recognisable comment section still goes to the parser as plain lines.
  const region = found ? undefined : findCommentRegion(doc);
  // Flat comments may share their region with the post itself: then only their own parts are left out, with
  // everything inside them, since Readability may unwrap a part (a `<div>` around one `<p>`) and keep only its child.
  const parts = found?.parts?.flatMap((part) => [part, ...part.querySelectorAll('*')]);
  const excluded = [...(parts ?? [found?.region]), region].filter(
    (element): element is Element => element !== undefined,
  );
  // A story open in a modal dialog is headed by the dialog's heading: the page's title and metadata name the page
  // behind it (a list of news cards), and are the dialog's story's no more than the list's.
  const dialog = openStoryDialog(doc);
  const dialogHeading = dialog && storyDialogHeading(dialog);
  if (dialogHeading) meta.headline = (dialogHeading.textContent ?? '').replace(/\s+/g, ' ').trim();
  const headline = dialogHeading ?? findHeadline(doc, meta.headline);
  // The headline the page prints, when the JSON-LD declares a search-engine one (see `shownHeadline`).
  const shown = shownHeadline(doc, headline, meta.headline);
  if (shown) meta.headline = shown;
  // Metadata that names no writer, or only the site (GoDaddy's `<meta name="author">` is the business name), leaves
  // the byline to the element the template names for the author under the headline.
  const siteOnly = meta.bylines?.every((name) => name === meta.publisher) ?? true;
  const named = siteOnly ? markupByline(headline) : undefined;
  if (named) meta.bylines = [named];
  // Inside a comment, a heading is a commenter's; a generic comment region may enclose the whole post, so it is the
  // comments themselves that are checked, not their region.
  const inComments =
    headline !== undefined &&
    ((found?.comments.some((comment) => comment.element.contains(headline)) ?? false) ||
      (region?.contains(headline) ?? false));
  const commentElements = [...(found?.parts ?? found?.comments.map((comment) => comment.element) ?? []), region].filter(
    (element): element is Element => element !== undefined,
  );
  // One synchronous step: the page cannot change under it, and the reader edits only its clones (`whileMutating`).
  const { standfirst } = readUnchanging(() =>
    extractArticle(
      doc,
      builder,
      excluded,
      inComments ? undefined : headline,
      commentElements,
      meta.description,
      meta.bylines ?? [],
    ),
  );
  // A lead opening on the story's place ("Gelsenbach. Das …") is its first paragraph, even in a block named "intro".
  if (standfirst && !opensOnPlaceDateline(standfirst, url, meta.headline)) meta.standfirst = standfirst;
  yield;
  const commentsStart = builder.length;
  const hints: CommentHint[] = found ? yield* writeCommentsSteps(builder, found) : [];
  if (region) appendCommentRegion(builder, region);
  const unreadable = hints.length === 0 && !region && hasUnreadableComments(doc);
  const parseOptions: ParseOptions = {
    kind: 'page',
    mode: 'page',
    ...(url ? { name: url } : {}),
    meta,
    commentsStart,
    ...(hints.length > 0 ? { comments: hints } : {}),
    ...(unreadable ? { commentsUnreadable: true } : {}),
  };
  return { text: builder.toString(), options: parseOptions, map: builder.map };
}
