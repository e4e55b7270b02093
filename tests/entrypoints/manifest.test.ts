import { describe, expect, it } from 'vitest';
import config, { OPEN_PANEL_SHORTCUT } from '../../wxt.config';

type ManifestFn = (env: { browser: string }) => Record<string, unknown>;
const manifestFor = (browser: string) => (config.manifest as ManifestFn)({ browser });

describe('wxt.config manifest', () => {
  it.each(['chrome', 'firefox'])('should register the open-panel shortcut for %s', (browser) => {
    const commands = manifestFor(browser).commands as Record<string, { suggested_key: { default: string } }>;
    expect(commands['open-panel']?.suggested_key.default).toBe(OPEN_PANEL_SHORTCUT);
    expect(OPEN_PANEL_SHORTCUT).toBe('Alt+Shift+S');
  });

  it('should ask for no host permission at install, only optional ones', () => {
    const manifest = manifestFor('chrome');
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('should drop the host permissions WXT adds for the runtime-registered panel script', () => {
    const manifest: Record<string, unknown> = { host_permissions: ['http://*/*'] };
    const hooks = config.hooks as Record<string, (wxt: unknown, manifest: unknown) => void>;
    const hook = hooks['build:manifestGenerated']!;
    hook({}, manifest);
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('should give Firefox an add-on id and declare no data collection', () => {
    const gecko = (manifestFor('firefox').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
