import type { MetaDate, MetaText } from '../model';
import { runSteps, type Steps } from '../steps/steps';
import { completesHeadline } from './completes-headline';
import { isBylineTagline } from './is-byline-tagline';
import { isJobTitle } from './is-job-title';
import { isUnitCredit } from './is-unit-credit';
import { isOfficeCredit } from './is-office-credit';
import { isOrphanFieldLabel } from './is-orphan-field-label';
import { isCreditPart, isHeaderFurniture } from './is-header-furniture';
import { readByline } from './read-byline';
import type { HeaderLine } from './read-header-line';
import { isBareByline, isSectionLabel, readHeaderLine } from './read-header-line';
import { isIssueLabel } from './is-issue-label';
import { readKnownByline } from './read-known-byline';
import { readLowerCaseByline } from './read-lower-case-byline';
import { readTitledByline } from './read-titled-byline';
import { opensDatedRun } from './opens-dated-run';
import { trimBylineTitle } from './trim-byline-title';
import type { Line } from './split-lines';
import { isKickerBeforeHeadline } from './kicker-before-headline';
import { kickerColonHeadline, type PrintedHeadline } from './kicker-colon-headline';
import { versionTagLength } from './version-tag-length';
import { isDatelineStamp } from './is-dateline-stamp';
import { foldWords } from '../text/fold-words';

/** What the top of the page says about the article, and where the body begins. */
export interface Header {
  headline?: MetaText;
  date?: MetaDate;
  bylines: MetaText[];
  /** Number of leading lines that are header only. */
  consumed: number;
  /** The rest of a header line that carried body text after the date ("date 2023-09-12 Joined by …"). */
  bodyRest?: Line;
  /** A standfirst between the headline and the byline/date lines: body text, the lines after it are header. */
  standfirst?: Line[];
}

/** How many lines at the top may hold header fields; a date or byline further down is body text quoting one. */
const HEADER_MAX_LINES = 6;
/** Furniture lines ("5 min read", "Share", "Listen to this article") do not count towards that, up to this many. */
const HEADER_MAX_FURNITURE = 6;
/** A title longer than this (in words) is a paragraph that happens to lack a full stop. */
const HEADLINE_MAX_WORDS = 20;
/** A line holding the declared headline names it when the headline is at least this share of it (characters). */
const KNOWN_HEADLINE_MIN_SHARE = 0.5;
/** Lines a standfirst may take (abstract bullets, a section label over the dek); more is the body itself. */
const STANDFIRST_MAX_LINES = 3;
/** A dek is a sentence or two; a forum story's summary over its first comment runs to a hundred words and more. */
const DEK_MAX_WORDS = 50;
/** A one- or two-word first line is more often a section label ("World", "Asia Pacific") than a title. */
const HEADLINE_MIN_WORDS = 3;
/** A site title and a row of links may sit over the page's declared headline: at most this many lines. */
const TITLE_MAX_LINES_ABOVE = 3;

const SENTENCE_END = /[.!?:;,…。！？"”]$/u;
const TITLE_END = /[^?!][?!]$/u;
const SPACES = /\s+/;
// A writer's full name: two to four capitalised words ("Ann Lee", "Mary Ann de Vries" is left to "By" lines).
const FULL_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
// Only names and their separators on the line.
const FULL_NAMES = /^[\p{L}.'’ ,&-]+$/u;

/**
 * Reads headline, date and bylines from the first lines; stops at the first line that is none of them. A first line
 * matching `knownHeadline` (the page's declared headline, from its metadata) is the headline whatever its shape; a line
 * opening with one of `knownBylines` (the writers the metadata names) is a byline line whatever follows the name.
 * `underStandfirst` says the lines start under a standfirst, so the first of them is no page title when it names a
 * writer or a staff title.
 */
export function readHeader(
  lines: Line[],
  knownHeadline?: string,
  knownBylines: readonly string[] = [],
  underStandfirst = false,
): Header {
  return runSteps(readHeaderSteps(lines, knownHeadline, knownBylines, underStandfirst));
}

/**
 * `readHeader` step by step (see `Steps`), a step per line: each line runs the header's many line rules, whose
 * patterns are compiled on their first run, which on the panel's first page made the header one long task.
 */
export function* readHeaderSteps(
  lines: Line[],
  knownHeadline?: string,
  knownBylines: readonly string[] = [],
  underStandfirst = false,
): Steps<Header> {
  const header: Header = { bylines: [], consumed: 0 };
  let limit = HEADER_MAX_LINES;
  // The last line read as a byline: a job title may sit under it.
  let bylineAt = -1;
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    yield;
    const line = lines[i];
    if (!line) break;
    const next = lines[i + 1];
    // The DOM adapter writes the page's headline first; its shape ("Backwards!", "Ceasefire.") does not matter.
    const printed = i === 0 && knownHeadline ? printedHeadline(line.text, knownHeadline) : undefined;
    if (printed) {
      header.headline = { text: printed.text, span: { start: line.start + printed.from, end: line.end } };
      header.consumed = 1;
      continue;
    }
    // A site title and its links over the declared headline ("The Harbour Blog" / "Home · RSS Feed" / headline).
    const at = i === 0 && knownHeadline ? headlineBelow(lines, knownHeadline) : 0;
    if (at > 0) {
      const found = lines[at] ?? line;
      header.headline = { text: found.text, span: { start: found.start, end: found.end } };
      header.consumed = at + 1;
      i = at;
      limit += at;
      continue;
    }
    const split = next ? readSplitByline(line, next, knownBylines) : undefined;
    // The writer's name with the staff title beside it, over the date ("Ann Lee BuzzFeed News Reporter"), is read
    // before the first line is taken for a title: only under the headline or a standfirst, never as the page's first.
    const fields =
      split ??
      readHeaderLine(line) ??
      readKnownByline(line, knownBylines) ??
      readLowerCaseByline(line, next) ??
      (i > 0 || underStandfirst ? readTitledByline(line, next) : undefined);
    if (fields) {
      if (fields.bylines.length > 0) bylineAt = split ? i + 1 : i;
      header.bylines.push(...fields.bylines.map((byline) => trimBylineTitle(byline, knownBylines)));
      if (fields.date) header.date ??= fields.date;
      if (split) i++;
      header.consumed = i + 1;
      if (fields.rest) {
        header.bodyRest = fields.rest;
        break;
      }
      continue;
    }
    // Under a standfirst, a staff title over the date ("BuzzFeed News Reporter") is the byline's, not a second title
    // line. A publication's name there ("Chicago Sun Times") is not: under a paragraph it heads the comments. Nor are
    // two or more writers' names over the date, printed bare under the dek as feature templates do ("Ann Lee, Bo
    // Chen, and Cy Diaz" / "June 9, 2021"): they are read as names below.
    const bylineUnder = underStandfirst && next !== undefined && (isJobTitle(line.text) || readNamesOver(line, next));
    if (i === 0 && next && !bylineUnder && isHeadline(line.text, next)) {
      header.headline = { text: line.text, span: { start: line.start, end: line.end } };
      header.consumed = 1;
      continue;
    }
    // A section label right over the byline or date ("Smartphones" / "By Ann Lee"): furniture, as the line under it
    // shows; a short first paragraph is never followed by a byline line.
    // Names without "By" over a staff title or agency ("Ann Lee" / "Senior Reporter"), or several over a date.
    // Also under a publication's byline, over a staff title or desk only, as an aggregator prints a partner's story
    // ("The Herald (Harare)" / "27 November 2026" / "Tendai Mashava" / "Masvingo Bureau").
    const open = header.consumed === i && (i > 0 || underStandfirst);
    const unnamed = open && header.bylines.length === 0;
    const names = open && next ? readNamesOver(line, next, !unnamed) : undefined;
    if (names) {
      header.bylines.push(...names);
      header.consumed = i + 1;
      bylineAt = i;
      continue;
    }
    // A writer's job title on its own line under the name, as company blogs print their author chips ("Priya
    // Natarajan" / "Staff Engineer, Build Infrastructure"), or the unit a service writer files for ("Story by Sgt. Ann
    // Lee" / "92nd Sustainment Brigade").
    if (header.consumed === i && bylineAt === i - 1 && (isJobTitle(line.text) || isUnitCredit(line.text))) {
      header.consumed = i + 1;
      continue;
    }
    // A writer's tagline between the byline and the date line ("Family therapist, author of 'The Quiet Table'").
    if (header.consumed === i && bylineAt === i - 1 && next && isBylineTagline(line, next)) {
      header.consumed = i + 1;
      continue;
    }
    if (header.consumed === i && i > 0 && next && isLabelOver(line.text, next, knownBylines)) {
      header.consumed = i + 1;
      continue;
    }
    // A page name over the story's own title line, which the metadata declares in full: that line is the headline.
    if (header.consumed === i && header.headline && completesHeadline(line.text, header.headline.text, knownHeadline)) {
      header.headline = { text: line.text, span: { start: line.start, end: line.end } };
      header.consumed = i + 1;
      continue;
    }
    // A field's label over the text whose value (a link) is gone ("Department:"), or an office's credit ("Prepared by
    // the Office of the Superintendent").
    if (header.consumed === i && i > 0 && (isOrphanFieldLabel(line.text) || isOfficeCredit(line.text))) {
      header.consumed = i + 1;
      continue;
    }
    // A headline repeated under itself, an agency line, share buttons, or the dateline the story opens on printed over
    // it as its stamp: header furniture, not body.
    if (
      header.consumed === i &&
      (repeatsHeadline(line.text, header.headline) ||
        isHeaderFurniture(line.text) ||
        (i > 0 && next !== undefined && isDatelineStamp(line.text, next.text)))
    ) {
      header.consumed = i + 1;
      if (limit < HEADER_MAX_LINES + HEADER_MAX_FURNITURE) limit++;
      continue;
    }
    break;
  }
  return header.headline && !header.bodyRest ? withStandfirst(lines, header, knownBylines) : header;
}

/**
 * A headline, a standfirst, then byline/date lines ("Consumers took on debt … / By Ann Lee Published 9 November
 * 2012"): the standfirst stays body text and the lines after it are header. The standfirst is one line, or a few
 * when all but the last end no sentence: a section label over it ("Local" / standfirst / byline, the label is header)
 * or abstract bullets ("Futures rose 2.8%" / "Talks broke down" / byline). A date under sentences is the body's.
 */
function withStandfirst(lines: Line[], header: Header, knownBylines: readonly string[]): Header {
  for (let count = 1; count <= STANDFIRST_MAX_LINES && header.consumed + count < HEADER_MAX_LINES; count++) {
    const block = lines.slice(header.consumed, header.consumed + count);
    const last = block[count - 1];
    if (!last || block.slice(0, -1).some((line) => SENTENCE_END.test(line.text))) return header;
    // A date under it that opens a timeline's entries is the first entry's, and the line over it the story's.
    if (opensDatedRun(lines, header.consumed + count)) return header;
    // A column's label between it and the byline ("EXPERT OPINION" / "By Ann Lee, Founder, Acme"), as Inc. and opinion
    // or analysis desks print one there, is header: only under a dek-sized standfirst, as a forum's story summary is
    // followed by its first comment's poster ("Anonymous" / "by Anonymous Coward").
    const below = header.consumed + count;
    const [over, under] = [lines[below], lines[below + 1]];
    const label = over && under && isDekSized(block) && isLabelOver(over.text, under, knownBylines, false) ? 1 : 0;
    const after = readHeader(
      lines.slice(below + label, below + label + HEADER_MAX_LINES),
      undefined,
      knownBylines,
      true,
    );
    // A line under it that reads as a title (a second bullet) may be the standfirst's too: look one line further.
    if (after.headline || (after.bylines.length === 0 && !after.date)) continue;
    // A magazine's issue number over it ("No. 84" / standfirst / byline) is a label too, and alone it is no standfirst.
    const first = block[0]?.text ?? '';
    const labelled = (count > 1 && isSectionLabel(first)) || isIssueLabel(first) ? 1 : 0;
    const standfirst = block.slice(labelled);
    return {
      ...header,
      bylines: [...header.bylines, ...after.bylines],
      ...((header.date ?? after.date) ? { date: header.date ?? after.date } : {}),
      consumed: below + label + after.consumed,
      ...(after.bodyRest ? { bodyRest: after.bodyRest } : {}),
      ...(standfirst.length > 0 ? { standfirst } : {}),
    };
  }
  return header;
}

/**
 * A section label ("Smartphones", "Tech & Science") over a byline or date line, or over the name of a writer the
 * metadata names (a broadcaster's desk over its reporter: "ABC Rural" / "Ann Lee"). Without `overDate`, a date line
 * alone under it does not count (a section's name heads a date line as often as a column's label does).
 */
function isLabelOver(text: string, next: Line, knownBylines: readonly string[], overDate = true): boolean {
  if (!isSectionLabel(text)) return false;
  if (isBareByline(next.text)) return true;
  const known = readKnownByline(next, knownBylines);
  if (known && known.bylines.length > 0 && !known.rest) return true;
  const fields = readHeaderLine(next);
  return fields !== undefined && (fields.bylines.length > 0 || (overDate && fields.date !== undefined)) && !fields.rest;
}

/** Lines short enough together to be a dek, not a story's summary paragraph. */
function isDekSized(block: Line[]): boolean {
  return block.reduce((words, line) => words + line.text.split(SPACES).length, 0) <= DEK_MAX_WORDS;
}

/**
 * Writers named without "By": over a staff title or agency line ("Ann Lee" / "Staff Writer"), or two or more over a
 * date line ("Ann Lee and Bo Chen" / "harbour-news.com, 29 October 2012"). One name over a date is as likely a
 * section label ("Harbour Life"), so it is left alone. With `creditOnly` (a byline was read above), only over a staff
 * title or desk.
 */
function readNamesOver(line: Line, next: Line, creditOnly = false): MetaText[] | undefined {
  if (!FULL_NAMES.test(line.text) || isCreditPart(line.text)) return undefined;
  const names = readByline({ text: `by ${line.text}`, start: line.start - 3, end: line.end });
  if (!names?.every((name) => FULL_NAME.test(name.text))) return undefined;
  if (isCreditPart(next.text)) return names;
  const fields = names.length > 1 && !creditOnly ? readHeaderLine(next) : undefined;
  return fields?.date && fields.bylines.length === 0 && !fields.rest ? names : undefined;
}

/**
 * "By" alone on a line with the name on the next one (a byline split by markup), or with a name the page's metadata
 * declares, which may be an organisation's ("News provided by" / "Northwind Grid Inc.").
 */
function readSplitByline(line: Line, next: Line, knownBylines: readonly string[]): HeaderLine | undefined {
  if (!isBareByline(line.text)) return undefined;
  const declared = next.text.toLowerCase();
  if (knownBylines.some((name) => name.trim().toLowerCase() === declared))
    return { bylines: [{ text: next.text, span: { start: next.start, end: next.end } }] };
  // The name may carry its outlet ("By" / "Ann Lee, Jewish Wire Agency"): the byline reader keeps the name alone.
  const bylines = readByline({ text: `by ${next.text}`, start: next.start - 3, end: next.end });
  return bylines ? { bylines } : undefined;
}

/** A first line is the headline when it reads as a title, or when a byline or date line follows it directly. */
function isHeadline(text: string, next: Line): boolean {
  const words = text.split(SPACES).length;
  if (words > HEADLINE_MAX_WORDS) return false;
  // A title may ask or exclaim ("Who will win the election?"); a full stop or comma ends a sentence.
  if (words >= HEADLINE_MIN_WORDS && (!SENTENCE_END.test(text) || TITLE_END.test(text))) return true;
  const fields = readHeaderLine(next);
  return fields !== undefined && (fields.bylines.length > 0 || fields.date !== undefined) && !fields.rest;
}

/**
 * Index of a line naming the declared headline under a few short lines (a site title, its links), or 0 when there is
 * none: a sentence above it means the page's own text came first.
 */
function headlineBelow(lines: Line[], declared: string): number {
  for (let i = 1; i <= TITLE_MAX_LINES_ABOVE; i++) {
    const line = lines[i];
    const above = lines[i - 1];
    if (!line || !above) return 0;
    if (above.text.split(SPACES).length > HEADLINE_MAX_WORDS || SENTENCE_END.test(above.text)) return 0;
    if (namesHeadline(line.text, declared)) return i;
  }
  return 0;
}

function repeatsHeadline(text: string, headline: MetaText | undefined): boolean {
  return headline !== undefined && foldWords(text) === foldWords(headline.text);
}

/**
 * The headline in the page's first line when that line prints the declared headline: as kicker and title spans of a
 * "Kicker: Title" headline (`kickerColonHeadline`), or naming it (`namesHeadline`). A kicker printed in the
 * headline's own element ("Urban Planner on Heat Waves 'We Have Built …'") is a label over the headline, not part of
 * it: the headline is the declared text the line ends on. An agency's version tag opening it ("(LEAD) …") labels the
 * copy: the headline is the words after it.
 */
function printedHeadline(text: string, declared: string): PrintedHeadline | undefined {
  const kicked = kickerColonHeadline(text, declared);
  if (kicked) return kicked;
  if (!namesHeadline(text, declared)) return undefined;
  const kicker = text.endsWith(declared) ? text.length - declared.length : 0;
  const from = kicker + versionTagLength(text.slice(kicker));
  return { from, text: text.slice(from) };
}

/**
 * A line naming the declared headline, ignoring case and punctuation: whole words of it (a `<title>` adds the site
 * name: "Backwards! | Ann's Blog"), or the line holding it with little more ("Backwards! (updated)").
 */
function namesHeadline(text: string, declared: string): boolean {
  const line = foldWords(text);
  const wanted = foldWords(declared);
  if (!line || !wanted) return false;
  if (` ${wanted} `.includes(` ${line} `)) return true;
  // A kicker of a few words before a short declared headline, whatever share of the line it takes.
  if (isKickerBeforeHeadline(text, declared)) return true;
  return ` ${line} `.includes(` ${wanted} `) && wanted.length >= line.length * KNOWN_HEADLINE_MIN_SHARE;
}
