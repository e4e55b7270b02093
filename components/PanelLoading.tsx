import { PanelBar } from './PanelBar';
import { clampPanelWidth } from '../utils/settings/clamp-panel-width';
import { normalizeSite } from '../utils/settings/normalize-site';
import { storedPanelWidth } from '../utils/settings/stored-panel-width';
import { useSettings } from './use-settings';
import { useViewportWidth } from './use-viewport-width';

/** Props of the panel's reading state. */
export interface PanelLoadingProps {
  /** Hostname of the page, for the reader's panel width there. */
  site: string;
  /** What is being read, shown to the reader ("Reading this page…"). */
  status: string;
  /** Closes the panel and stops the reading. */
  onClose: () => void;
}

/**
 * The panel while the page is read and parsed: shown at once, at the width the reader left on this site, so a page
 * with thousands of comments gets immediate feedback and a way out (× or Esc) instead of a frozen tab.
 */
export function PanelLoading({ site, status, onClose }: PanelLoadingProps) {
  const { settings } = useSettings();
  const width = clampPanelWidth(storedPanelWidth(settings, normalizeSite(site)), useViewportWidth());
  return (
    <aside
      class="sl-panel sl-panel--loading"
      style={{ width: `${width}px` }}
      aria-label="Sidelight"
      aria-busy="true"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onClose();
      }}
    >
      <div class="sl-panel__scroll">
        <header class="sl-header">
          <PanelBar onClose={onClose} />
          <p class="sl-loading" role="status">
            {status}
          </p>
          <div class="sl-loading__bar" aria-hidden="true" />
        </header>
      </div>
    </aside>
  );
}
