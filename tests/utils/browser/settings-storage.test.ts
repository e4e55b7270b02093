import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsStorage } from '../../../utils/browser/settings-storage';
import { DEFAULT_SETTINGS } from '../../../utils/settings/default-settings';

describe('settingsStorage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('should give the defaults when nothing is stored', async () => {
    expect(await settingsStorage.load()).toEqual({ ...DEFAULT_SETTINGS });
  });

  it('should read back what it saved', async () => {
    const settings = { ...DEFAULT_SETTINGS, mutedAuthors: ['Troll'], noiseThreshold: 0.8 };
    await settingsStorage.save(settings);
    expect(await settingsStorage.load()).toEqual(settings);
  });

  it('should repair damaged stored values field by field', async () => {
    await fakeBrowser.storage.local.set({ settings: { noiseThreshold: 'high', keywords: ['kept'] } });
    expect(await settingsStorage.load()).toEqual({ ...DEFAULT_SETTINGS, keywords: ['kept'] });
  });

  it('should tell watchers about changes made elsewhere', async () => {
    const onChange = vi.fn();
    const unwatch = settingsStorage.watch(onChange);
    await fakeBrowser.storage.local.set({ settings: { mutedAuthors: ['Other'] } });
    unwatch();
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, mutedAuthors: ['Other'] });
  });
});
