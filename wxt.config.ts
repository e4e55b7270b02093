import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { PANEL_PART_EVALUATIONS } from './entrypoints/panel.content/panel-parts';
import { evaluateFilesInSlices } from './scripts/build/evaluate-in-slices';

/** The keyboard command that opens or closes the panel. Alt+Shift+S is free in Chrome and Firefox on desktop. */
export const OPEN_PANEL_SHORTCUT = 'Alt+Shift+S';

const ICONS_DIR = resolve(import.meta.dirname, 'assets/icons');
/** PNG sizes drawn by `scripts/make-icons.ts`: toolbar (16, 32), extension pages (48), store and install (128). */
const ICON_SIZES = [16, 32, 48, 128] as const;
const iconPaths = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${size}.png`]));

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: the pure core must show what it depends on.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 for both browsers (WXT would otherwise build MV2 for Firefox).
  manifestVersion: 3,
  // The Firefox sources zip is for store review: screenshots from local test runs do not belong in it.
  zip: { excludeSources: ['test-results/**', 'coverage/**'] },
  // The panel's parts are evaluated in slices between the host page's tasks, not in one task each.
  vite: () => ({
    plugins: [
      preact(),
      evaluateFilesInSlices({
        'panel-reader.js': PANEL_PART_EVALUATIONS.reader,
        'panel-parser.js': PANEL_PART_EVALUATIONS.parser,
      }),
    ],
  }),
  manifest: ({ browser }) => ({
    name: 'Sidelight',
    description:
      'A structured side panel for news pages: metadata, summary, entities and comment threads. Runs entirely on your machine.',
    // activeTab + scripting: the panel is injected only into the tab the reader clicked, on that gesture.
    // storage: settings. contextMenus: "Open Sidelight". No host permission is asked for at install: a site's
    // permission is requested only when the reader turns on "open automatically" for it.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    icons: iconPaths,
    action: { default_title: 'Sidelight', default_icon: iconPaths },
    commands: {
      'open-panel': {
        suggested_key: { default: OPEN_PANEL_SHORTCUT },
        description: 'Open or close the Sidelight panel',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sidelight@sidelight.invalid',
              // 140 is the first Firefox that reads data_collection_permissions (Android: 142).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The icons live in assets/icons (drawn by a script), not in public/: copy them into every build.
    'build:publicAssets': (_wxt, files) => {
      for (const name of readdirSync(ICONS_DIR).filter((file) => file.endsWith('.png'))) {
        files.push({ absoluteSrc: resolve(ICONS_DIR, name), relativeDest: `icons/${name}` });
      }
    },
    // The panel script is registered at runtime, so WXT copies its `matches` into host_permissions. It is only ever
    // injected through activeTab or a site the reader granted, so the broad grant is removed again; its matches stay
    // on the CSS web_accessible_resources entry, which createShadowRootUi fetches.
    'build:manifestGenerated': (_wxt, manifest) => {
      delete manifest.host_permissions;
    },
  },
});
