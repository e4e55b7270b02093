import { clampPanelWidth } from './clamp-panel-width';
import { DEFAULT_SETTINGS, type Settings } from './default-settings';
import { normalizeSite } from './normalize-site';

/** Longest list kept per setting: more than any reader curates by hand, small enough for `storage.local`. */
const MAX_LIST_ITEMS = 2000;
/** Longest author name or keyword in UTF-16 units; longer entries are mistakes (a pasted comment). */
const MAX_ITEM_LENGTH = 200;

/** What `validateSettings` returns: usable settings plus one message per field it had to drop. */
export interface SettingsValidation {
  /** The valid parts of the input (invalid list items and width entries dropped), defaults for the rest. */
  settings: Settings;
  /** One message per invalid field, naming it; empty when the input was fully valid. */
  errors: string[];
}

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a list of texts, keeping the valid items; any invalid item is reported (so an import is refused). */
function readList(input: Record_, key: keyof Settings, errors: string[], clean = (s: string): string | undefined => s) {
  const value = input[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_LIST_ITEMS) {
    errors.push(`"${key}" must be a list of at most ${MAX_LIST_ITEMS} texts.`);
    return undefined;
  }
  const cleaned = value.map((item: unknown) =>
    typeof item === 'string' && item.trim() && item.trim().length <= MAX_ITEM_LENGTH ? clean(item.trim()) : undefined,
  );
  if (cleaned.includes(undefined)) {
    errors.push(`"${key}" must hold only non-empty texts of up to ${MAX_ITEM_LENGTH} characters.`);
  }
  // Deduplicate case-insensitively, keeping the first spelling.
  const seen = new Set<string>();
  return cleaned.filter((item): item is string => {
    if (item === undefined || seen.has(item.toLowerCase())) return false;
    seen.add(item.toLowerCase());
    return true;
  });
}

/** Reads per-site widths, keeping the valid entries; any invalid entry is reported. */
function readWidths(input: Record_, errors: string[]): Record<string, number> | undefined {
  const value = input.panelWidths;
  if (value === undefined) return undefined;
  if (!isRecord(value) || Object.keys(value).length > MAX_LIST_ITEMS) {
    errors.push('"panelWidths" must map site names to widths in px.');
    return undefined;
  }
  const entries = Object.entries(value);
  const valid = entries.filter(
    (entry): entry is [string, number] => normalizeSite(entry[0]) === entry[0] && typeof entry[1] === 'number',
  );
  if (valid.length !== entries.length) errors.push('"panelWidths" must map site names to widths in px.');
  return Object.fromEntries(valid.map(([site, width]) => [site, clampPanelWidth(width)]));
}

/**
 * Checks a settings object field by field (total: any value gives settings). Unknown fields are ignored so files
 * from later minor versions still import; missing fields take their defaults.
 */
export function validateSettings(value: unknown): SettingsValidation {
  const errors: string[] = [];
  const input = isRecord(value) ? value : {};
  if (!isRecord(value)) errors.push('Settings must be a JSON object.');

  let noiseThreshold: number | undefined;
  const threshold = input.noiseThreshold;
  if (typeof threshold === 'number' && threshold >= 0 && threshold <= 1) noiseThreshold = threshold;
  else if (threshold !== undefined) errors.push('"noiseThreshold" must be a number from 0 to 1.');

  let collapseOnPage: boolean | undefined;
  if (typeof input.collapseOnPage === 'boolean') collapseOnPage = input.collapseOnPage;
  else if (input.collapseOnPage !== undefined) errors.push('"collapseOnPage" must be true or false.');

  return {
    settings: {
      noiseThreshold: noiseThreshold ?? DEFAULT_SETTINGS.noiseThreshold,
      mutedAuthors: readList(input, 'mutedAuthors', errors) ?? [],
      keywords: readList(input, 'keywords', errors) ?? [],
      autoOpenSites: readList(input, 'autoOpenSites', errors, normalizeSite) ?? [],
      panelWidths: readWidths(input, errors) ?? {},
      collapseOnPage: collapseOnPage ?? DEFAULT_SETTINGS.collapseOnPage,
    },
    errors,
  };
}
