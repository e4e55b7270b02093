import { SETTINGS_VERSION, type Settings } from './default-settings';

/** Tag written into exported files so an import can tell a Sidelight settings file from any other JSON. */
export const SETTINGS_FORMAT = 'sidelight-settings';

/** The settings as a pretty-printed, versioned JSON file body, as `parseSettingsJson` reads it back. */
export function serializeSettings(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FORMAT, version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}
