import { clampPanelWidth } from './clamp-panel-width';
import { DEFAULT_SETTINGS, type Settings } from './default-settings';
import { normalizeSite } from './normalize-site';

/** Longest list kept per setting: more than any reader curates by hand, small enough for `storage.local`. */
const MAX_LIST_ITEMS = 2000;
/** Longest author name or keyword in UTF-16 units; longer entries are mistakes (a pasted comment). */
const MAX_ITEM_LENGTH = 200;

export interface SettingsValidation {
  /** The valid fields of the input, with defaults for missing or invalid ones. */
  settings: Settings;
  /** One message per invalid field, naming it; empty when the input was fully valid. */
  errors: string[];
}

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readList(input: Record_, key: keyof Settings, errors: string[], clean = (s: string): string | undefined => s) {
  const value = input[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_LIST_ITEMS) {
    errors.push(`"${key}" must be a list of at most ${MAX_LIST_ITEMS} texts.`);
    return undefined;
  }
  const items = value.filter((item): item is string => typeof item === 'string' && item.trim().length > 0);
  const cleaned = items.map((item) => clean(item.trim())).filter((item): item is string => item !== undefined);
  if (cleaned.length !== value.length || cleaned.some((item) => item.length > MAX_ITEM_LENGTH)) {
    errors.push(`"${key}" must hold only non-empty texts of up to ${MAX_ITEM_LENGTH} characters.`);
    return undefined;
  }
  // Deduplicate case-insensitively, keeping the first spelling.
  const seen = new Set<string>();
  return cleaned.filter((item) => !seen.has(item.toLowerCase()) && Boolean(seen.add(item.toLowerCase())));
}

function readWidths(input: Record_, errors: string[]): Record<string, number> | undefined {
  const value = input.panelWidths;
  if (value === undefined) return undefined;
  const entries = isRecord(value) ? Object.entries(value) : [];
  const valid = entries.every(([site, width]) => normalizeSite(site) === site && typeof width === 'number');
  if (!isRecord(value) || !valid || entries.length > MAX_LIST_ITEMS) {
    errors.push('"panelWidths" must map site names to widths in px.');
    return undefined;
  }
  return Object.fromEntries(entries.map(([site, width]) => [site, clampPanelWidth(width as number)]));
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
