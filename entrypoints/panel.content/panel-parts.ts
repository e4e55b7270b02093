import type { readPageSteps } from '../../utils/dom/read-page';
import type { parsePageSteps } from '../../utils/parse-page-text';
import type { preparePatternListsSteps } from '../../utils/text/pattern-list-test';

/**
 * The heavy parts of the panel, each a script of its own that the background injects on the panel's request into the
 * isolated world the panel script runs in: the page reader (`panel-reader.js`: Readability and the reader's rules) and
 * the text parser (`panel-parser.js`: the header and comment rules, the entity model). The panel script the toolbar
 * click injects is then small, its shell and loading status paint before the parts are compiled and run, and the two
 * parts run in tasks of their own instead of one. Only types are imported here: no part is bundled into the panel.
 */
export interface PanelParts {
  reader: {
    preparePatternListsSteps: typeof preparePatternListsSteps;
    readPageSteps: typeof readPageSteps;
  };
  parser: {
    parsePageSteps: typeof parsePageSteps;
  };
}

export type PanelPart = keyof PanelParts;

/** Where each part's script leaves it in the isolated world it shares with the panel script. */
export const PANEL_PART_GLOBALS: Readonly<Record<PanelPart, string>> = {
  reader: '__sidelightPageReader',
  parser: '__sidelightPageParser',
};

/**
 * Where each part's script leaves the promise of its evaluation, which runs in slices between the page's tasks
 * (`evaluateInSlices` in the build): the part is there once it resolves.
 */
export const PANEL_PART_EVALUATIONS: Readonly<Record<PanelPart, string>> = {
  reader: '__sidelightPageReaderEvaluated',
  parser: '__sidelightPageParserEvaluated',
};

/** A part in this isolated world, once its script has run. */
export function loadedPart<P extends PanelPart>(part: P, world: object = globalThis): PanelParts[P] | undefined {
  return (world as Record<string, PanelParts[P] | undefined>)[PANEL_PART_GLOBALS[part]];
}
