import type { PageDriver } from './page-driver';
import { snapshotPanel, type PanelSnapshot } from './panel-probe';
import { waitFor } from './wait-for';

/** What the panel in the driver's page shows, or null when no panel is mounted (see `snapshotPanel`). */
export async function panelSnapshot(driver: PageDriver): Promise<PanelSnapshot | null> {
  return JSON.parse(await driver.run(snapshotPanel)) as PanelSnapshot | null;
}

/**
 * Waits until the panel is filled and returns what it shows. The panel paints its loading status first and marks its
 * host once the page's content is rendered (`readyMs`); a panel host alone is not yet the panel a reader reads.
 */
export function panelShown(driver: PageDriver, timeout?: number): Promise<PanelSnapshot> {
  return waitFor(
    'the panel',
    async () => {
      const shown = await panelSnapshot(driver);
      return shown && Number.isFinite(shown.readyMs) ? shown : undefined;
    },
    timeout,
  );
}
