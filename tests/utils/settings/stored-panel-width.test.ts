import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_WIDTH } from '../../../utils/settings/clamp-panel-width';
import { storedPanelWidth } from '../../../utils/settings/stored-panel-width';

describe('storedPanelWidth', () => {
  const settings = { panelWidths: { 'news.example': 520, 'blog.example': 0 } };

  it('should give the width stored for the site', () => {
    expect(storedPanelWidth(settings, 'news.example')).toBe(520);
  });

  it.each([
    ['a site without a stored width', 'other.example'],
    ['a zero width', 'blog.example'],
    ['no site', undefined],
    ['an empty site', ''],
  ])('should give the default for %s', (_, site) => {
    expect(storedPanelWidth(settings, site)).toBe(DEFAULT_PANEL_WIDTH);
  });
});
