import { browser } from 'wxt/browser';
import type { LoadPartReply } from '../../utils/browser/messages';
import { loadedPart, PANEL_PART_EVALUATIONS, type PanelPart, type PanelParts } from './panel-parts';

/**
 * A part of the panel (see `PanelParts`), loaded on first use: the panel asks the background to inject the part's
 * script into this tab (the reader's gesture granted the tab through `activeTab`, or the reader granted the site),
 * which leaves the part in this isolated world once its evaluation, run in slices between the page's tasks, is done
 * (the reply comes after the first slice). Later panels on the same page use it as it is. Throws a message the
 * panel can show when the part cannot be loaded (the grant is gone: the tab went to another page, or the extension
 * was updated meanwhile).
 */
export async function loadPanelPart<P extends PanelPart>(part: P, world: object = globalThis): Promise<PanelParts[P]> {
  const loaded = loadedPart(part, world);
  if (loaded) return loaded;
  let reply: LoadPartReply | undefined;
  // A part still being evaluated (a panel closed and opened again meanwhile) is waited for, not injected twice.
  const evaluation = PANEL_PART_EVALUATIONS[part];
  if (!(evaluation in world)) {
    try {
      reply = (await browser.runtime.sendMessage({ type: 'sidelight:load-part', part })) as LoadPartReply | undefined;
    } catch (error) {
      reply = { loaded: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  try {
    await (world as Record<string, unknown>)[evaluation];
  } catch (error) {
    reply = { loaded: false, error: error instanceof Error ? error.message : String(error) };
  }
  const injected = loadedPart(part, world);
  if (injected) return injected;
  const why = reply?.error ? ` (${reply.error})` : '';
  throw new Error(`Sidelight could not load its page ${part}${why}. Reload the page and open the panel again.`);
}
