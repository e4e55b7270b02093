import { DEFAULT_PANEL_WIDTH } from './clamp-panel-width';
import type { Settings } from './default-settings';

/** The panel width (px) the reader left on a site (its normalised host), or the default; not yet clamped. */
export function storedPanelWidth(settings: Pick<Settings, 'panelWidths'>, site: string | undefined): number {
  return (site && settings.panelWidths[site]) || DEFAULT_PANEL_WIDTH;
}
