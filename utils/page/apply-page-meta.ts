import type { Metadata, PageMeta } from '../model';
import { isShortNameOf } from './is-short-name-of';
import { parseDate } from './parse-date';

/** Fills metadata the text did not carry from page metadata (JSON-LD, `<meta>`); those values have no span. */
export function applyPageMeta(metadata: Metadata, meta: PageMeta | undefined): Metadata {
  if (!meta) return metadata;
  const filled: Metadata = { ...metadata };
  if (!filled.headline && meta.headline) filled.headline = { text: meta.headline };
  if (!filled.date && meta.date) {
    const iso = isoOf(meta.date);
    if (iso) filled.date = { text: meta.date, iso };
  }
  if (filled.bylines.length === 0 && meta.bylines) {
    filled.bylines = meta.bylines.filter((name) => name.trim()).map((name) => ({ text: name.trim() }));
  }
  // A publisher the text names in short ("Register staff writer Ann Lee contributed") gives way to the full name the
  // page declares ("Pine Hollow Register").
  if (meta.publisher && (!filled.publisher || isShortNameOf(filled.publisher.text, meta.publisher)))
    filled.publisher = { text: meta.publisher };
  if (!filled.language && meta.language) filled.language = meta.language;
  if (!filled.url && meta.url) filled.url = meta.url;
  return filled;
}

/**
 * A date and time the metadata joins with a space instead of the "T" ("2026-11-28 13:10:00Z", as RFE/RL's Pangea
 * sites and many PHP templates fill `datePublished`; RFC 3339 allows the space): the ISO form keeps its time and zone,
 * which a date read alone would drop.
 */
const SPACED_DATE_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;

/** ISO form of a metadata date: whatever `parseDate` reads, else what the platform date parser makes of it. */
function isoOf(value: string): string | undefined {
  const trimmed = value.trim().replace(SPACED_DATE_TIME, '$1T$2');
  const parsed = parseDate(trimmed);
  if (parsed) return parsed.iso;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
