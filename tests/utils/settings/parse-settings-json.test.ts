import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/default-settings';
import { parseSettingsJson } from '../../../utils/settings/parse-settings-json';
import { serializeSettings } from '../../../utils/settings/serialize-settings';

const custom: Settings = {
  noiseThreshold: 0.7,
  mutedAuthors: ['Troll'],
  keywords: ['spam phrase'],
  autoOpenSites: ['example.org'],
  panelWidths: { 'example.org': 500 },
  collapseOnPage: true,
};

describe('parseSettingsJson', () => {
  it('should read back what serializeSettings wrote', () => {
    expect(parseSettingsJson(serializeSettings(custom))).toEqual({ ok: true, settings: custom });
  });

  it('should migrate a bare, unversioned settings object', () => {
    expect(parseSettingsJson('{"mutedAuthors":["Troll"]}')).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, mutedAuthors: ['Troll'] },
    });
  });

  it.each([
    ['broken JSON', '{"noiseThreshold": ', 'not valid JSON'],
    ['an empty file', '', 'not valid JSON'],
    ['a JSON list', '[1,2]', 'JSON object'],
    ['another tool’s file', '{"format":"other","version":1}', 'not a Sidelight settings file'],
    ['a newer version', '{"format":"sidelight-settings","version":99,"settings":{}}', 'newer version'],
    ['an invalid field', '{"noiseThreshold":5}', 'noiseThreshold'],
    ['a versioned file without settings', '{"format":"sidelight-settings","version":1}', 'JSON object'],
  ])('should refuse %s with a clear error', (_label, text, message) => {
    const result = parseSettingsJson(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });
});
