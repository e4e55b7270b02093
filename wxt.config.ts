import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: the pure core must show what it depends on.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 for both browsers (WXT would otherwise build MV2 for Firefox).
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Sidelight',
    description:
      'A structured side panel for news pages: metadata, summary, entities and comment threads. Runs entirely on your machine.',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sidelight@sidelight.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
