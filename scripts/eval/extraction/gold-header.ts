/**
 * What the gold article says at its top, read independently of our parser (its own small patterns, so the figures
 * do not grade the parser against itself): the gold body without the headline line, and whether a "By …" line or a
 * date line sits near the top.
 */

/** Lines at the top of the gold text where a headline, byline or date line is looked for. */
const TOP_LINES = 6;
/** A top line longer than this (words) is a paragraph, not a header line. */
const HEADER_LINE_MAX_WORDS = 16;
/** Token overlap (Jaccard) with the page title at which a gold line is the headline. */
const HEADLINE_OVERLAP = 0.5;

const TOKEN = /[\p{L}\p{N}_]+/gu;
const TITLE = /<title[^>]*>([^<]*)/i;
const TITLE_SEPARATOR = / (?:[-|–—«»:]|::|&laquo;|&raquo;) /;
const SPACES = /\s+/;
// "By Jane Doe", "Posted by Jane Doe", "Written by …", "Story by …": a credit at the start of a short line.
const GOLD_BYLINE = /^(?:(?:posted|written|story|words|reported)\s+)?by\s+\S/iu;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// Any date written out in a short line: "March 3, 2012", "3 March 2012", "03/03/2012", "2012-03-03".
const GOLD_DATE = new RegExp(
  `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  'iu',
);

/** What the top of one gold article holds. */
export interface GoldHeader {
  /** The gold text without its headline line(s). */
  body: string;
  /** The gold text without headline, byline and date lines at its top (the held-out gold's shape per the brief). */
  bodyWithoutHeader: string;
  hasByline: boolean;
  hasDate: boolean;
}

function tokens(text: string): Set<string> {
  return new Set((text.match(TOKEN) ?? []).map((t) => t.toLowerCase()));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const t of a) if (b.has(t)) both++;
  return both / Math.max(1, a.size + b.size - both);
}

/** The page title's longest separated part (site name cut off), as a token set. */
function titleTokens(html: string): Set<string> {
  const raw = TITLE.exec(html)?.[1] ?? '';
  return tokens(raw.split(TITLE_SEPARATOR).reduce((a, b) => (b.length > a.length ? b : a), ''));
}

/** Reads the gold article's top: drops the headline line(s) near the top, flags byline and date lines there. */
export function readGoldHeader(gold: string, html: string): GoldHeader {
  const title = titleTokens(html);
  const lines = gold.split('\n');
  const kept: string[] = [];
  const content: string[] = [];
  let seen = 0;
  let hasByline = false;
  let hasDate = false;
  for (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    const top = seen++ < TOP_LINES;
    const short = text.split(SPACES).length <= HEADER_LINE_MAX_WORDS;
    if (top && title.size > 0 && jaccard(tokens(text), title) >= HEADLINE_OVERLAP) continue;
    const byline = top && short && GOLD_BYLINE.test(text);
    const date = top && short && GOLD_DATE.test(text);
    hasByline ||= byline;
    hasDate ||= date;
    kept.push(text);
    if (!byline && !date) content.push(text);
  }
  return { body: kept.join('\n'), bodyWithoutHeader: content.join('\n'), hasByline, hasDate };
}
