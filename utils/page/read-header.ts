import type { MetaDate, MetaText } from '../model';
import { parseDate } from './parse-date';
import { readByline } from './read-byline';
import type { Line } from './split-lines';

/** What the top of the page says about the article, and where the body begins. */
export interface Header {
  headline?: MetaText;
  date?: MetaDate;
  bylines: MetaText[];
  /** Number of leading lines that are header only. */
  consumed: number;
  /** The rest of a header line that carried body text after the date ("date 2023-09-12 Joined by …"). */
  bodyRest?: Line;
}

/** How many lines at the top may hold header fields; a date or byline further down is body text quoting one. */
const HEADER_MAX_LINES = 6;
/** A title longer than this (in words) is a paragraph that happens to lack a full stop. */
const HEADLINE_MAX_WORDS = 20;
/** A one- or two-word first line is more often a section label ("World", "Asia Pacific") than a title. */
const HEADLINE_MIN_WORDS = 3;

// "Published"/"Updated" in the languages the stop-word table knows, so a localised header is not body text.
const DATE_LABEL =
  /^(?:date|published|updated|posted|last updated|first published|datum|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|опубликовано|обновлено)(?:\s+(?:on|le|am|el|il|em|op))?\s*:?\s*/iu;
const SENTENCE_END = /[.!?:;,…。！？"”]$/u;
const SPACES = /\s+/;
const LEADING_SPACE = /^\s+/;
// Separates a byline from a date on one line: "By Lucia Brenner · May 14, 2024".
const PART_SEPARATOR = /\s+[|·•–—]\s+/gu;
// A lone separator left after a date ("Published 2023-09-12 |") is not body text.
const LONE_SEPARATOR = /^[|·•–—-]$/u;

/** Reads headline, date and bylines from the first lines; stops at the first line that is none of them. */
export function readHeader(lines: Line[]): Header {
  const header: Header = { bylines: [], consumed: 0 };
  const limit = Math.min(lines.length, HEADER_MAX_LINES);
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    if (!line) break;
    const label = DATE_LABEL.exec(line.text);
    const dateAt = label ? label[0].length : 0;
    const date = parseDate(line.text.slice(dateAt));
    if (date && (label || dateAt + date.length === line.text.length)) {
      const start = line.start + dateAt;
      const text = line.text.slice(dateAt, dateAt + date.length);
      header.date ??= { iso: date.iso, text, span: { start, end: start + text.length } };
      header.consumed = i + 1;
      const rest = restOf(line, dateAt + date.length);
      if (rest) {
        header.bodyRest = rest;
        break;
      }
      continue;
    }
    const parts = readParts(line);
    if (parts) {
      header.bylines.push(...parts.bylines);
      if (parts.date) header.date ??= parts.date;
      header.consumed = i + 1;
      continue;
    }
    if (i === 0 && i + 1 < lines.length && isTitleLike(line.text)) {
      header.headline = { text: line.text, span: { start: line.start, end: line.end } };
      header.consumed = 1;
      continue;
    }
    break;
  }
  return header;
}

/**
 * Reads a byline line, possibly with dates beside it ("By Lucia Brenner · May 14, 2024 | Updated May 15, 2024"):
 * every separated part must be a byline or a whole (optionally labelled) date, and one part a byline.
 */
function readParts(line: Line): { bylines: MetaText[]; date?: MetaDate } | undefined {
  const result: { bylines: MetaText[]; date?: MetaDate } = { bylines: [] };
  for (const part of splitParts(line)) {
    const byline = readByline(part);
    if (byline) {
      result.bylines.push(...byline);
      continue;
    }
    const label = DATE_LABEL.exec(part.text);
    const dateAt = label ? label[0].length : 0;
    const date = parseDate(part.text.slice(dateAt));
    if (!date || dateAt + date.length !== part.text.length) return undefined;
    const start = part.start + dateAt;
    result.date ??= { iso: date.iso, text: part.text.slice(dateAt), span: { start, end: part.end } };
  }
  return result.bylines.length > 0 ? result : undefined;
}

/** The parts of a line between separators (" · ", " | ", " — "), with their offsets. */
function splitParts(line: Line): Line[] {
  const parts: Line[] = [];
  let from = 0;
  const push = (to: number): void => {
    const text = line.text.slice(from, to);
    if (text) parts.push({ text, start: line.start + from, end: line.start + to });
  };
  for (const separator of line.text.matchAll(PART_SEPARATOR)) {
    push(separator.index);
    from = separator.index + separator[0].length;
  }
  push(line.text.length);
  return parts;
}

function isTitleLike(text: string): boolean {
  const words = text.split(SPACES).length;
  return words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS && !SENTENCE_END.test(text);
}

/** The trimmed text of `line` after `offset`, or undefined when only whitespace (or a separator) is left. */
function restOf(line: Line, offset: number): Line | undefined {
  const tail = line.text.slice(offset);
  const lead = LEADING_SPACE.exec(tail)?.[0].length ?? 0;
  const text = tail.slice(lead);
  if (!text || LONE_SEPARATOR.test(text)) return undefined;
  const start = line.start + offset + lead;
  return { text, start, end: start + text.length };
}
