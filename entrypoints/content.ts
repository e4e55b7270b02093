import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '../utils/browser/messages';
import { detectArticle } from '../utils/dom/detect-article';

/** Longest wait for an idle moment before detecting anyway, in ms (busy pages never go idle). */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Cheap detection on every http(s) page: after load, when the page is idle, classify it and tell the background
 * (which sets the badge). Nothing is injected into the page here; the panel is a separate, lazily injected script.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const detect = (): void => {
      ctx.requestIdleCallback(
        () => {
          try {
            const start = performance.now();
            const { isArticle, signals } = detectArticle(document);
            const ms = Math.round((performance.now() - start) * 10) / 10;
            void sendToBackground({ type: 'sidelight:detected', detection: { isArticle, signals, ms } });
          } catch (error) {
            console.warn('[Sidelight] article detection failed:', error);
          }
        },
        { timeout: IDLE_TIMEOUT_MS },
      );
    };
    if (document.readyState === 'complete') detect();
    else ctx.addEventListener(window, 'load', detect, { once: true });
  },
});
