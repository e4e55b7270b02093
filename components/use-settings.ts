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
    settingsStorage.load().then(apply, (error: unknown) => {
      logError(error);
      if (active) setLoaded(true);
    });
    const unwatch = settingsStorage.watch(apply);
    return () => {
      active = false;
      unwatch();
    };
  }, []);

  const update = useCallback((change: (s: Settings) => Settings) => {
    const next = change(latest.current);
    latest.current = next;
    setSettings(next);
    settingsStorage.save(next).catch(logError);
  }, []);

  return { settings, loaded, update };
}
