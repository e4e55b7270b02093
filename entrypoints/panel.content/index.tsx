import '../../components/palette.css';
import '../../components/panel.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PanelLoading } from '../../components/PanelLoading';
import { PanelRoot } from '../../components/PanelRoot';
import { isSidelightMessage, type ToggleReply } from '../../utils/browser/messages';
import { restorePage } from '../../utils/dom/collapse-on-page';
import { clearHighlights } from '../../utils/dom/highlight-spans';
import { PANEL_TAG } from '../../utils/dom/own-ui';
import { yieldToPage } from '../../utils/dom/yield-to-page';
import { runInSlices } from '../../utils/steps/run-in-slices';
import type { Steps } from '../../utils/steps/steps';
import { commentElementsSteps, createPageHost } from './create-page-host';
import { loadPanelPart } from './load-panel-part';
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

/** What the panel says while it works: how much there is to read, once the page has been read. */
function readingStatus(comments: number): string {
  return comments > 0 ? `Reading ${comments.toLocaleString()} comments…` : 'Reading this page…';
}

/** Resolves after the browser has painted what was just rendered (the first frame runs before layout). */
const painted = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Reads the page and parses it into the panel. The parser runs in slices between the page's own tasks, so a page
 * with thousands of comments stays responsive while the panel says what it is reading. Resolves once the result is
 * painted; errors become the panel's error state; closing the panel meanwhile stops the work.
 */
async function fillPanel(ui: ShadowRootContentScriptUi<void>, signal: AbortSignal, started: number) {
  const container = ui.uiContainer;
  const close = () => ui.remove();
  const site = location.hostname;
  const loading = (status: string) => render(<PanelLoading site={site} status={status} onClose={close} />, container);
  const inSlices = <T,>(steps: Steps<T>) => runInSlices(steps, { pause: yieldToPage, signal });
  try {
    loading(readingStatus(0));
    await painted();
    // The reader and the parser are scripts of their own, loaded once the loading status is on screen (`PanelParts`).
    const reader = await loadPanelPart('reader');
    // The reader's line tables are built here, in slices, rather than whole on their first use inside one step.
    await inSlices(reader.preparePatternListsSteps());
    const reading = await inSlices(reader.readPageSteps(document, { url: location.href }));
    loading(readingStatus(reading.options.comments?.length ?? 0));
    const parser = await loadPanelPart('parser');
    const doc = await inSlices(parser.parsePageSteps(reading.text, reading.options));
    const elements = await inSlices(commentElementsSteps(doc, reading.map));
    const pageHost = createPageHost(doc, reading.map, close, document, elements);
    render(
      <PanelBoundary onClose={close}>
        <PanelRoot doc={doc} host={pageHost} />
      </PanelBoundary>,
      container,
    );
  } catch (error) {
    if (signal.aborted) return;
    console.error('[Sidelight] could not read this page:', error);
    const message = error instanceof Error ? error.message : String(error);
    render(<PanelError message={message} onClose={close} />, container);
  }
  await painted();
  // Read by the end-to-end tests and `npm start`: action click to the filled panel on screen.
  ui.shadowHost.dataset.readyMs = String(Math.round(performance.now() - started));
}

/** Mounts the panel in its shadow root and starts filling it; the returned UI is live at once (toggles see it). */
async function openPanel(ctx: ContentScriptContext, started: number): Promise<ShadowRootContentScriptUi<void>> {
  const reading = new AbortController();
  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi<void>(ctx, {
    name: PANEL_TAG,
    position: 'inline',
    anchor: 'html',
    append: 'last',
    isolateEvents: true,
    css: HOST_CSS,
    onMount() {
      void fillPanel(ui, reading.signal, started);
    },
    onRemove() {
      reading.abort();
      render(null, ui.uiContainer);
      clearHighlights();
      restorePage();
    },
  });
  ui.mount();
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
