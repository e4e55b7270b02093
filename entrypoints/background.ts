import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Extension-API wiring lands with the side panel; the core runs in the content script.
});
