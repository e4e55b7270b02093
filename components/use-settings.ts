import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { settingsStorage } from '../utils/browser/settings-storage';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/default-settings';

/** Reports storage failures once, with the feature name, and never breaks the UI. */
const logError = (error: unknown): void => console.error('[Sidelight settings]', error);

/**
 * The reader's settings, loaded from and saved to `storage.local`, kept in sync with changes made elsewhere (the
 * options page, another tab). Renders with the defaults until storage answers; `loaded` says when it has.
 */
export function useSettings(): {
  settings: Settings;
  loaded: boolean;
  update: (change: (s: Settings) => Settings) => void;
} {
  const [settings, setSettings] = useState<Settings>(() => structuredClone({ ...DEFAULT_SETTINGS }));
  const [loaded, setLoaded] = useState(false);
  const latest = useRef(settings);

  useEffect(() => {
    let active = true;
    const apply = (next: Settings): void => {
      if (!active) return;
      latest.current = next;
      setSettings(next);
      setLoaded(true);
    };
    const failed = (error: unknown): void => {
      logError(error);
      if (active) setLoaded(true);
    };
    try {
      settingsStorage.load().then(apply, failed);
    } catch (error) {
      failed(error);
    }
    let unwatch = (): void => undefined;
    try {
      unwatch = settingsStorage.watch(apply);
    } catch (error) {
      // An invalidated extension context (after an update) throws synchronously; the panel still works unsaved.
      logError(error);
    }
    return () => {
      active = false;
      unwatch();
    };
  }, []);

  const update = useCallback((change: (s: Settings) => Settings) => {
    const next = change(latest.current);
    latest.current = next;
    setSettings(next);
    try {
      settingsStorage.save(next).catch(logError);
    } catch (error) {
      logError(error);
    }
  }, []);

  return { settings, loaded, update };
}
