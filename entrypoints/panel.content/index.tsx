import '../../components/panel.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PanelRoot } from '../../components/PanelRoot';
import { isSidelightMessage, type ToggleReply } from '../../utils/browser/messages';
import { restorePage } from '../../utils/dom/collapse-on-page';
import { clearHighlights } from '../../utils/dom/highlight-spans';
import { readPage } from '../../utils/dom/read-page';
import { parsePageText } from '../../utils/parse-page-text';
import { createPageHost } from './create-page-host';
import { PanelBoundary } from './PanelBoundary';
import { PanelError } from './PanelError';

/** Above every page layer: the panel is the reader's own UI and must not end up under sticky headers or modals. */
const PANEL_Z_INDEX = 2147483647;
/**
 * Fixed to the right edge; the width follows the panel itself (its stored per-site width). `!important` because WXT
 * resets the host with `:host { all: initial !important }`, which page or inline styles cannot override.
 */
const HOST_CSS = `:host { display: block !important; position: fixed !important; top: 0 !important; right: 0 !important;
  height: 100vh !important; max-width: 100vw !important; z-index: ${PANEL_Z_INDEX} !important; }`;

/** Reads the page and parses it; the one place page reading can fail, so the caller shows an error instead. */
function readDocument() {
  const reading = readPage(document, { url: location.href });
  return { doc: parsePageText(reading.text, reading.options), map: reading.map };
}

/** Builds and mounts the panel; resolves once it is painted. Errors become the panel's error state. */
async function openPanel(ctx: ContentScriptContext, started: number): Promise<ShadowRootContentScriptUi<void>> {
  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi<void>(ctx, {
    name: 'sidelight-panel',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    isolateEvents: true,
    css: HOST_CSS,
    onMount(container) {
      const close = () => ui.remove();
      try {
        const { doc, map } = readDocument();
        const pageHost = createPageHost(doc, map, close);
        render(
          <PanelBoundary onClose={close}>
            <PanelRoot doc={doc} host={pageHost} />
          </PanelBoundary>,
          container,
        );
      } catch (error) {
        console.error('[Sidelight] could not read this page:', error);
        const message = error instanceof Error ? error.message : String(error);
        render(<PanelError message={message} onClose={close} />, container);
      }
    },
    onRemove() {
      render(null, ui.uiContainer);
      clearHighlights();
      restorePage();
    },
  });
  ui.mount();
  // Two frames: the first runs before layout, the second after the panel's first paint.
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  ui.shadowHost.dataset.readyMs = String(Math.round(performance.now() - started));
  return ui;
}

/**
 * The panel, injected only when the reader asks (toolbar, shortcut, menu) or a site has auto-open: page → adapter →
 * parser → PanelRoot in a shadow root. Loaded once per page; later toggles arrive as messages.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    let ui: ShadowRootContentScriptUi<void> | undefined;
    const open = async () => {
      try {
        ui = await openPanel(ctx, performance.now());
      } catch (error) {
        console.error('[Sidelight] could not open the panel:', error);
      }
    };
    const onMessage = (message: unknown): Promise<ToggleReply> | undefined => {
      if (!isSidelightMessage(message) || message.type !== 'sidelight:toggle-panel') return undefined;
      if (ui?.shadowHost.isConnected) {
        ui.remove();
        ui = undefined;
        return Promise.resolve({ open: false });
      }
      return open().then(() => ({ open: true }));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    await open();
  },
});
