import { SETTINGS_VERSION, type Settings } from './default-settings';
import { SETTINGS_FORMAT } from './serialize-settings';
import { validateSettings } from './validate-settings';

/** An import either gives complete settings or says, for people, why it was refused. */
export type SettingsImport = { ok: true; settings: Settings } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an imported settings file. Accepts the versioned file `serializeSettings` writes and, as a migration path,
 * a bare settings object (hand-written or from before files were versioned). Refuses anything invalid as a whole,
 * so a bad file never half-replaces the reader's settings.
 */
export function parseSettingsJson(text: string): SettingsImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `This is not valid JSON (${detail}).` };
  }
  if (!isRecord(value)) return { ok: false, error: 'Settings must be a JSON object.' };

  let body: unknown = value;
  if (value.format !== undefined) {
    if (value.format !== SETTINGS_FORMAT) return { ok: false, error: 'This is not a Sidelight settings file.' };
    if (typeof value.version !== 'number' || value.version > SETTINGS_VERSION) {
      return { ok: false, error: 'This settings file was made by a newer version of Sidelight.' };
    }
    body = value.settings;
  }
  const { settings, errors } = validateSettings(body);
  return errors.length > 0 ? { ok: false, error: errors.join(' ') } : { ok: true, settings };
}
