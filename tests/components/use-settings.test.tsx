// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSettings } from '../../components/use-settings';
import { settingsStorage } from '../../utils/browser/settings-storage';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/default-settings';

type Hook = ReturnType<typeof useSettings>;

function renderHook(): { current: () => Hook } {
  let value: Hook | undefined;
  function Probe() {
    value = useSettings();
    return null;
  }
  render(<Probe />);
  return { current: () => value! };
}

const stored: Settings = { ...DEFAULT_SETTINGS, mutedAuthors: ['Troll'], keywords: ['crypto'] };

describe('useSettings', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await settingsStorage.save(stored);
  });
  afterEach(cleanup);

  it('should load the stored settings', async () => {
    const hook = renderHook();
    expect(hook.current().loaded).toBe(false);
    await waitFor(() => expect(hook.current().loaded).toBe(true));
    expect(hook.current().settings).toEqual(stored);
  });

  it('should replay a change made before loading on top of the stored settings', async () => {
    const hook = renderHook();
    hook.current().update((s) => ({ ...s, noiseThreshold: 0.9 }));
    await waitFor(() => expect(hook.current().loaded).toBe(true));
    expect(hook.current().settings).toEqual({ ...stored, noiseThreshold: 0.9 });
    await waitFor(async () => expect(await settingsStorage.load()).toEqual({ ...stored, noiseThreshold: 0.9 }));
  });

  it('should follow changes saved elsewhere', async () => {
    const hook = renderHook();
    await waitFor(() => expect(hook.current().loaded).toBe(true));
    await settingsStorage.save({ ...stored, keywords: [] });
    await waitFor(() => expect(hook.current().settings.keywords).toEqual([]));
  });
});
