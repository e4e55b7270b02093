import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Real-browser tests start browsers and build nothing themselves (`npm test` builds first): minutes, not seconds. */
const E2E_TIMEOUT_MS = 120_000;
/**
 * The first page a unit test file reads pays one-time set-up (Readability, the entity model): about 0.6 s on an idle
 * 2-core machine, and past vitest's 5 s default when the machine is busy. Speed is measured by `npm run bench`, not here.
 */
const UNIT_TIMEOUT_MS = 20_000;

// WxtVitest() does not apply wxt.config.ts's vite.plugins, so Preact's plugin is added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          testTimeout: UNIT_TIMEOUT_MS,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: E2E_TIMEOUT_MS,
          hookTimeout: E2E_TIMEOUT_MS,
          // Two cores: one browser at a time keeps timings honest and the machine usable.
          fileParallelism: false,
        },
      },
    ],
  },
});
