import type { Comment, CommentSection, Metadata, MetaText, ParseOptions, ParseWarning, Paragraph } from '../model';
import { applyPageMeta } from './apply-page-meta';
import { commentsFromHints } from './comments-from-hints';
import { findCommentSectionSteps } from './find-comment-section';
import { guessLanguage } from './guess-language';
import { isBinaryText } from './is-binary-text';
import { isChromeLine } from './is-chrome-line';
import { isHeaderFurniture } from './is-header-furniture';
import { leadSummaryLines } from './lead-summary-lines';
import { readClosingLines } from './read-closing-lines';
import { readReleaseSpan } from './read-release-span';
import { readCredits } from './read-credits';
import { readCreditAboveNotes } from './read-credit-above-notes';
import { findStandfirst } from './find-standfirst';
import { readHeaderSteps } from './read-header';
import { readCommentAreaSteps } from './read-comment-area';
import type { Line } from './split-lines';
import { splitLinesSteps } from './split-lines';
import { mapBlocksSteps, runSteps, type Steps } from '../steps/steps';
import { trimGluedSignOff } from './trim-glued-sign-off';

/**
 * Lines after the header where a standfirst the page names may still be: the parser's header ends at the byline or
 * date, and a dek printed under them opens what would otherwise be the body.
 */
const STANDFIRST_SEARCH_LINES = 4;

/** What segmentation finds in the input before any analysis. */
export interface Segmentation {
  metadata: Metadata;
  body: Paragraph[];
  commentSection: CommentSection;
  comments: Comment[];
  warnings: ParseWarning[];
}

/**
 * Splits page text into metadata, body paragraphs, the comment section and comments. The steps, in order:
 * 1. refuse empty and binary input (with a warning, never a throw);
 * 2. split into trimmed lines and read the header (headline, byline, date) off the top;
 * 3. cut the article from the comment area: at the adapter's offset or hints when given, else at the first count
 *    line, "Comments" heading or comment control — no such line means no comments;
 * 4. take credits and copyright off the article's last lines, drop furniture lines; the rest is the body;
 * 5. read the comment area (count, chrome, then the global segmentation) unless DOM hints already give comments;
 * 6. guess the language and fill gaps from page metadata.
 */
export function segmentPage(text: string, options: ParseOptions = {}): Segmentation {
  return runSteps(segmentPageSteps(text, options));
}

/**
 * `segmentPage` step by step (see `Steps`): a step per block of characters or lines in the passes that read the whole
 * text or comment area (line splitting, finding the comment area, furniture lines, reading the comments); the header,
 * credits and language read a few lines or the body and stay one step each.
 */
export function* segmentPageSteps(text: string, options: ParseOptions = {}): Steps<Segmentation> {
  const input = typeof text === 'string' ? text : '';
  const warnings: ParseWarning[] = [];
  if (options.commentsUnreadable) {
    warnings.push({ code: 'comments-unreadable', message: 'The page has a comment area that cannot be read.' });
  }
  if (!input.trim()) {
    warnings.unshift({ code: 'empty-input', message: 'The input is empty.' });
    return empty(options, warnings);
  }
  if (isBinaryText(input)) {
    warnings.unshift({ code: 'binary-input', message: 'The input looks like a binary file, not text.' });
    return empty(options, warnings);
  }

  const lines = yield* splitLinesSteps(input);
  const header = yield* readHeaderSteps(lines, options.meta?.headline, options.meta?.bylines);
  yield;
  // The standfirst the markup names is metadata, found among the header and the first lines after it; so is a
  // standfirst read off the text (between headline and byline, all its lines) when the page's description repeats it.
  const top = lines
    .slice(0, header.consumed + STANDFIRST_SEARCH_LINES)
    .filter((line) => line.start !== header.headline?.span?.start);
  const markedUp = findStandfirst(top, options.meta?.standfirst);
  const confirmed = findStandfirst(header.standfirst ?? [], options.meta?.description).length > 0;
  const named = markedUp.length > 0 ? markedUp : confirmed ? (header.standfirst ?? []) : [];
  const inStandfirst = new Set(named);
  const rest = lines.slice(header.consumed).filter((line) => !inStandfirst.has(line));
  const kept = [...(header.standfirst ?? []), header.bodyRest].filter(
    (line): line is Line => line !== undefined && !inStandfirst.has(line),
  );
  const pageLines = kept.length > 0 ? [...kept, ...rest] : rest;
  // The header's reading aids printed under a standfirst ("5 min read", "Listen to this article") are no story either.
  let lead = 0;
  while (named.length > 0 && lead < STANDFIRST_SEARCH_LINES && isHeaderFurniture(pageLines[lead]?.text ?? '')) lead++;
  const split = yield* splitArticleSteps(pageLines.slice(lead), options);
  // The closing lines' and credits' rules run next, many for the first time on the page: a step of their own.
  yield;
  const area = split.area;
  // A press release's text runs from its wire dateline to the issuer's boilerplate ("About …", legal notice, "###").
  const release = readReleaseSpan(split.article);
  const article = split.article.slice(release.start, release.end);

  // Footer bylines, print and source notes under the last paragraph, then credits and copyright above or below them.
  const authors = [...header.bylines.map((byline) => byline.text), ...(options.meta?.bylines ?? [])];
  const below = readClosingLines(article, authors);
  const { credits, taken } = readCredits(article.slice(0, article.length - below.taken));
  const above = taken > 0 ? readClosingLines(article.slice(0, article.length - below.taken - taken), authors) : below;
  const closing = below.bylines.length > 0 || below.date ? below : above;
  const end = article.length - below.taken - taken - (above === below ? 0 : above.taken);
  // A credit set above the story's closing editor's notes leaves the body; the notes stay.
  const aboveNotes = taken === 0 ? readCreditAboveNotes(article.slice(0, end)) : undefined;
  // Furniture lines ("Advertisement", "Share") between paragraphs are not article text, nor is a summary over them.
  const story = article.slice(Math.min(leadSummaryLines(article), end), end);
  const furniture = yield* mapBlocksSteps(story, (line) => isChromeLine(line.text));
  const paragraphs = story
    .filter((line, i) => !furniture[i] && line !== aboveNotes?.line)
    .map((line, index): Paragraph => ({ type: 'paragraph', index, text: line.text, start: line.start, end: line.end }));
  // The writer's name glued to the last sentence ("…と指摘する。【北村彩】") is a sign-off, not the story's.
  const body = trimGluedSignOff(paragraphs);
  if (body.length === 0) warnings.push({ code: 'no-body', message: 'No article text was found.' });

  const hints = options.comments;
  const read = yield* readCommentAreaSteps(area ?? [], !hints);
  const comments = hints ? commentsFromHints(input, hints) : read.comments;
  warnings.push(...read.warnings);
  const declared = read.section.declaredCount;
  if (declared !== undefined && declared !== comments.length) {
    warnings.push({
      code: 'count-mismatch',
      message: `The page declares ${declared} comments but ${comments.length} were found.`,
      ...(read.section.countLine
        ? { span: { start: read.section.countLine.start, end: read.section.countLine.end } }
        : {}),
    });
  }

  const language = guessLanguage(body.map((paragraph) => paragraph.text));
  const standfirst = standfirstOf(named, options.meta?.standfirst);
  const metadata: Metadata = {
    bylines: header.bylines.length > 0 ? header.bylines : closing.bylines,
    ...(header.headline ? { headline: header.headline } : {}),
    ...(standfirst ? { standfirst } : {}),
    ...((header.date ?? closing.date) ? { date: header.date ?? closing.date } : {}),
    ...(aboveNotes?.credits ?? credits),
    ...(language ? { language } : {}),
  };
  return { metadata: applyPageMeta(metadata, options.meta), body, commentSection: read.section, comments, warnings };
}

/**
 * The standfirst as metadata: the lines that print it, one per paragraph, with their span; or, when the text does not
 * print it (a declared body left it out), the text the markup names, which is still the page's.
 */
function standfirstOf(lines: readonly Line[], named: string | undefined): MetaText | undefined {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first && last) {
    return { text: lines.map((line) => line.text).join('\n'), span: { start: first.start, end: last.end } };
  }
  const unprinted = named?.trim();
  return unprinted ? { text: unprinted } : undefined;
}

/** The article lines and, when there is one, the comment area with the line that opened it. */
function* splitArticleSteps(lines: Line[], options: ParseOptions): Steps<{ article: Line[]; area?: Line[] }> {
  if (options.mode === 'article') return { article: lines };
  const hintStart = options.comments?.reduce((min, hint) => Math.min(min, hint.author.start), Infinity);
  const offset = options.commentsStart ?? (hintStart !== undefined && hintStart !== Infinity ? hintStart : undefined);
  if (offset !== undefined) {
    const cut = firstLineFrom(lines, offset);
    const article = lines.slice(0, cut);
    // Without an explicit offset, a count line just above the first hinted comment still ends the article.
    const marker = options.commentsStart === undefined ? yield* findCommentSectionSteps(article) : undefined;
    if (!marker) return { article, area: lines.slice(cut) };
    return { article: article.slice(0, marker.index), area: lines.slice(marker.index) };
  }
  const marker = yield* findCommentSectionSteps(lines);
  if (!marker) return { article: lines };
  return { article: lines.slice(0, marker.index), area: lines.slice(marker.index) };
}

/** Index of the first line starting at or after `offset` (binary search: lines are in input order). */
function firstLineFrom(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((lines[middle]?.start ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function empty(options: ParseOptions, warnings: ParseWarning[]): Segmentation {
  const metadata = applyPageMeta({ bylines: [] }, options.meta);
  return { metadata, body: [], commentSection: { chrome: [] }, comments: [], warnings };
}
