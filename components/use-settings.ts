import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { settingsStorage } from '../utils/browser/settings-storage';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/default-settings';

type Change = (settings: Settings) => Settings;

/** Reports storage failures once, with the feature name, and never breaks the UI. */
const logError = (error: unknown): void => console.error('[Sidelight settings]', error);

function save(settings: Settings): void {
  try {
    settingsStorage.save(settings).catch(logError);
  } catch (error) {
    logError(error);
  }
}

/**
 * The reader's settings, loaded from and saved to `storage.local`, kept in sync with changes made elsewhere (the
 * options page, another tab). Renders with the defaults until storage answers (`loaded`); changes made before that
 * are replayed on top of the stored settings, so an early click never overwrites them with defaults.
 */
export function useSettings(): { settings: Settings; loaded: boolean; update: (change: Change) => void } {
  const [settings, setSettings] = useState<Settings>(() => structuredClone({ ...DEFAULT_SETTINGS }));
  const [loaded, setLoaded] = useState(false);
  const latest = useRef(settings);
  /** Changes waiting for the first load; undefined once it answered. */
  const pending = useRef<Change[] | undefined>([]);

  useEffect(() => {
    let active = true;
    const show = (next: Settings): void => {
      if (!active) return;
      latest.current = next;
      setSettings(next);
      setLoaded(true);
    };
    const onLoad = (stored: Settings): void => {
      const changes = pending.current ?? [];
      pending.current = undefined;
      const next = changes.reduce((current, change) => change(current), stored);
      if (changes.length > 0) save(next);
      show(next);
    };
    const onFail = (error: unknown): void => {
      logError(error);
      pending.current = undefined;
      if (active) setLoaded(true);
    };
    try {
      settingsStorage.load().then(onLoad, onFail);
    } catch (error) {
      onFail(error);
    }
    let unwatch = (): void => undefined;
    try {
      unwatch = settingsStorage.watch((next) => {
        if (!pending.current) show(next);
      });
    } catch (error) {
      // An invalidated extension context (after an update) throws synchronously; the panel still works unsaved.
      logError(error);
    }
    return () => {
      active = false;
      unwatch();
    };
  }, []);

  const update = useCallback((change: Change) => {
    const next = change(latest.current);
    latest.current = next;
    setSettings(next);
    if (pending.current) pending.current.push(change);
    else save(next);
  }, []);

  return { settings, loaded, update };
}
