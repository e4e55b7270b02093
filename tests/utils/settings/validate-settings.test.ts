import { describe, expect, it } from 'vitest';
import { MAX_PANEL_WIDTH, MIN_PANEL_WIDTH } from '../../../utils/settings/clamp-panel-width';
import { DEFAULT_SETTINGS } from '../../../utils/settings/default-settings';
import { validateSettings } from '../../../utils/settings/validate-settings';

describe('validateSettings', () => {
  it('should accept a complete valid object unchanged', () => {
    const input = {
      noiseThreshold: 0.3,
      mutedAuthors: ['Troll'],
      keywords: ['crypto'],
      autoOpenSites: ['apnews.com'],
      panelWidths: { 'apnews.com': 420 },
      collapseOnPage: true,
    };
    expect(validateSettings(input)).toEqual({ settings: input, errors: [] });
  });

  it('should fill missing fields with defaults without errors', () => {
    expect(validateSettings({})).toEqual({ settings: { ...DEFAULT_SETTINGS }, errors: [] });
  });

  it.each([
    ['a threshold above 1', { noiseThreshold: 2 }, 'noiseThreshold'],
    ['a threshold as text', { noiseThreshold: '0.5' }, 'noiseThreshold'],
    ['authors that are not a list', { mutedAuthors: 'Troll' }, 'mutedAuthors'],
    ['a non-boolean toggle', { collapseOnPage: 'yes' }, 'collapseOnPage'],
    ['widths that are not a map', { panelWidths: [300] }, 'panelWidths'],
  ])('should name the field and use its default for %s', (_label, input, field) => {
    const { settings, errors } = validateSettings(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(field);
    expect(settings[field as keyof typeof settings]).toEqual(DEFAULT_SETTINGS[field as keyof typeof DEFAULT_SETTINGS]);
  });

  it.each([
    ['keywords with a number', { keywords: ['ok', 3] }, 'keywords', ['ok']],
    ['a site with spaces', { autoOpenSites: ['a.com', 'not a site'] }, 'autoOpenSites', ['a.com']],
    ['a too long author', { mutedAuthors: ['x'.repeat(201), 'Troll'] }, 'mutedAuthors', ['Troll']],
    ['widths keyed by junk', { panelWidths: { 'a b': 300, 'a.com': 400 } }, 'panelWidths', { 'a.com': 400 }],
    ['a width that is not a number', { panelWidths: { 'a.com': '400' } }, 'panelWidths', {}],
  ])('should report %s and keep only the valid entries', (_label, input, field, kept) => {
    const { settings, errors } = validateSettings(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(field);
    expect(settings[field as keyof typeof settings]).toEqual(kept);
  });

  it.each([null, 42, 'text', [1, 2]])('should give defaults and an error for the non-object %j', (input) => {
    const { settings, errors } = validateSettings(input);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS });
    expect(errors).toEqual(['Settings must be a JSON object.']);
  });

  it('should trim, normalise sites and drop case-insensitive duplicates', () => {
    const { settings } = validateSettings({
      mutedAuthors: [' Troll ', 'troll', 'Other'],
      autoOpenSites: ['https://www.Example.com/news', 'example.com'],
    });
    expect(settings.mutedAuthors).toEqual(['Troll', 'Other']);
    expect(settings.autoOpenSites).toEqual(['example.com']);
  });

  it('should clamp stored panel widths to the allowed range', () => {
    const { settings } = validateSettings({ panelWidths: { 'a.com': 10, 'b.com': 5000 } });
    expect(settings.panelWidths).toEqual({ 'a.com': MIN_PANEL_WIDTH, 'b.com': MAX_PANEL_WIDTH });
  });
});
