import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPageSteps } from '../../utils/dom/read-page';
import { preparePatternListsSteps } from '../../utils/text/pattern-list-test';
import { PANEL_PART_GLOBALS, type PanelParts } from '../panel.content/panel-parts';

/** The panel's page reader (see `PanelParts`): left where the panel script finds it; the panel runs it. */
export default defineUnlistedScript(() => {
  const reader: PanelParts['reader'] = { preparePatternListsSteps, readPageSteps };
  (globalThis as Record<string, unknown>)[PANEL_PART_GLOBALS.reader] = reader;
});
