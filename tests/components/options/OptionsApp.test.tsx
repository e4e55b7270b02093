// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { settingsStorage } from '../../../utils/browser/settings-storage';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/default-settings';
import { serializeSettings } from '../../../utils/settings/serialize-settings';

/** The fake browser types permission calls as callback-style; the real API resolves a boolean. */
const resolves = (value: boolean) => (() => Promise.resolve(value)) as never;

const saved: Settings = { ...DEFAULT_SETTINGS, mutedAuthors: ['Troll'], noiseThreshold: 0.7 };

async function renderLoaded() {
  await settingsStorage.save(saved);
  render(<OptionsApp />);
  await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
}

const paste = (text: string) => {
  fireEvent.input(screen.getByLabelText('Or paste settings JSON'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Import pasted settings' }));
};

describe('OptionsApp', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  afterEach(cleanup);

  it('should show the stored settings', async () => {
    await renderLoaded();
    expect(screen.getByRole('button', { name: 'Remove Troll' })).toBeTruthy();
    expect((screen.getByLabelText(/noise score is at least/) as HTMLInputElement).value).toBe('0.7');
  });

  it.each([
    ['broken JSON', '{"mutedAuthors": [', /not valid JSON/],
    ['an invalid field', '{"noiseThreshold": 3}', /noiseThreshold/],
  ])('should refuse %s with an error and keep the old settings', async (_label, text, message) => {
    await renderLoaded();
    paste(text);
    expect(screen.getByRole('alert').textContent).toMatch(message);
    expect(screen.getByRole('alert').textContent).toContain('your settings are unchanged');
    expect(await settingsStorage.load()).toEqual(saved);
    expect(screen.getByRole('button', { name: 'Remove Troll' })).toBeTruthy();
  });

  it('should refuse a chosen file that is not settings JSON, keeping the old settings', async () => {
    await renderLoaded();
    const input = screen.getByLabelText('Import from file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['<html>not json</html>'], 'page.html')] });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not valid JSON/));
    expect(await settingsStorage.load()).toEqual(saved);
  });

  it('should import a valid settings file, replacing the settings', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(resolves(true));
    await renderLoaded();
    const imported: Settings = { ...DEFAULT_SETTINGS, keywords: ['crypto'], autoOpenSites: ['news.example'] };
    paste(serializeSettings(imported));
    expect(screen.getByText('Settings imported.')).toBeTruthy();
    await waitFor(async () => expect(await settingsStorage.load()).toEqual(imported));
    expect(screen.queryByRole('button', { name: 'Remove Troll' })).toBeNull();
    expect(request).toHaveBeenCalledWith({ origins: ['*://news.example/*', '*://*.news.example/*'] });
  });

  it('should import without the auto-open sites when their access is refused', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(resolves(false));
    await renderLoaded();
    paste(serializeSettings({ ...DEFAULT_SETTINGS, keywords: ['crypto'], autoOpenSites: ['news.example'] }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('auto-open sites were left out'));
    expect(await settingsStorage.load()).toEqual({ ...DEFAULT_SETTINGS, keywords: ['crypto'] });
  });

  it('should add a typed site in its hostname form once access is granted, and refuse a non-site', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(resolves(true));
    await renderLoaded();
    const input = screen.getByLabelText('Open the panel automatically on');
    fireEvent.input(input, { target: { value: 'https://www.News.Example/world' } });
    fireEvent.submit(input.closest('form')!);
    expect(request).toHaveBeenCalledWith({ origins: ['*://news.example/*', '*://*.news.example/*'] });
    await waitFor(async () => expect((await settingsStorage.load()).autoOpenSites).toEqual(['news.example']));

    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.submit(input.closest('form')!);
    expect(screen.getByRole('alert').textContent).toContain('is not a site name');
    expect(request).toHaveBeenCalledTimes(1);
    expect((await settingsStorage.load()).autoOpenSites).toEqual(['news.example']);
  });

  it('should not add a site when the reader refuses access, and say why', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(resolves(false));
    await renderLoaded();
    const input = screen.getByLabelText('Open the panel automatically on');
    fireEvent.input(input, { target: { value: 'news.example' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('news.example was not added'));
    expect((await settingsStorage.load()).autoOpenSites).toEqual([]);
  });

  it('should give access back when a site is removed', async () => {
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(resolves(true));
    await settingsStorage.save({ ...saved, autoOpenSites: ['news.example'] });
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove news.example' }));
    expect(remove).toHaveBeenCalledWith({ origins: ['*://news.example/*', '*://*.news.example/*'] });
    await waitFor(async () => expect((await settingsStorage.load()).autoOpenSites).toEqual([]));
  });

  it('should export the settings as a versioned JSON download', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:settings';
    });
    await renderLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await blobs[0]!.text())).toEqual({ format: 'sidelight-settings', version: 1, settings: saved });
    createObjectURL.mockRestore();
  });
});
