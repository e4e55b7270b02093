import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '../settings/default-settings';
import { validateSettings } from '../settings/validate-settings';

/** One `local:` item for all settings: the panel and the options page read and write the same object. */
const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: undefined });

/** Stored values may come from an older version or be damaged: always hand out complete, valid settings. */
const toSettings = (value: unknown): Settings =>
  value === undefined || value === null ? structuredClone({ ...DEFAULT_SETTINGS }) : validateSettings(value).settings;

/** Reads, writes and watches the reader's settings in extension storage (`storage.local`). */
export const settingsStorage = {
  /** The stored settings, or the defaults when nothing is stored yet. */
  async load(): Promise<Settings> {
    return toSettings(await settingsItem.getValue());
  },
  /** Replaces the stored settings. */
  async save(settings: Settings): Promise<void> {
    await settingsItem.setValue(settings);
  },
  /** Calls `onChange` when another page (options page, another tab) changes the settings; returns the unwatch. */
  watch(onChange: (settings: Settings) => void): () => void {
    return settingsItem.watch((value) => onChange(toSettings(value)));
  },
};
