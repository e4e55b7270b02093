import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { parsePageSteps } from '../../utils/parse-page-text';
import { PANEL_PART_GLOBALS, type PanelParts } from '../panel.content/panel-parts';

/** The panel's text parser (see `PanelParts`): left where the panel script finds it; the panel runs it. */
export default defineUnlistedScript(() => {
  const parser: PanelParts['parser'] = { parsePageSteps };
  (globalThis as Record<string, unknown>)[PANEL_PART_GLOBALS.parser] = parser;
});
