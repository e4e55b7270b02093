/**
 * npm start: build the extension, serve the demo pages on 127.0.0.1, and open Chromium (or Firefox ESR with
 * `--firefox`) with Sidelight loaded on the demo article and the panel open, clicked open like a reader would.
 *
 *   npm start                      Chromium, in a window
 *   npm start -- --firefox         Firefox ESR
 *   npm start -- --headless        no window: save test-results/start-<browser>.png and exit
 *   npm start -- --page blog-replies.html   another demo page (article.html, blog-replies.html, shop.html)
 *   npm start -- --no-build        reuse the last build in .output/
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ChromiumDriver } from './e2e/chromium-driver';
import { findChromium, findFirefox } from './e2e/find-browser';
import { FirefoxDriver } from './e2e/firefox-driver';
import type { PageDriver } from './e2e/page-driver';
import { panelShown } from './e2e/panel-shown';
import { serveDemo } from './e2e/serve-demo';
import { waitFor } from './e2e/wait-for';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
    page: { type: 'string', default: 'article.html' },
    'no-build': { type: 'boolean', default: false },
  },
});

const browserName = values.firefox ? 'firefox' : 'chromium';
const log = (message: string) => console.log(`[start] ${message}`);
let headless = values.headless;
if (!headless && !process.env.DISPLAY) {
  log('No display (DISPLAY is not set): running headless instead and saving a screenshot.');
  headless = true;
}

const binary = values.firefox ? findFirefox() : findChromium();
if (!binary) {
  const hint = values.firefox ? 'firefox-esr' : 'chromium';
  console.error(
    `[start] No ${browserName} found. Install it (apt-get install -y ${hint}) or set ${browserName.toUpperCase()}_PATH.`,
  );
  process.exit(1);
}

if (!values['no-build']) {
  log(`building for ${browserName}…`);
  const build = spawnSync('npx', ['wxt', 'build', ...(values.firefox ? ['-b', 'firefox'] : [])], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serveDemo();
const url = `${server.origin}/${values.page}`;
const extensionDir = join(ROOT, '.output', values.firefox ? 'firefox-mv3' : 'chrome-mv3');
const driver: PageDriver = await (values.firefox ? FirefoxDriver : ChromiumDriver).launch(
  binary,
  extensionDir,
  headless,
);

try {
  await driver.goto(url);
  const badge = await waitFor('article detection', async () => {
    const current = await driver.badge();
    return current.title.includes('checked in') ? current : undefined;
  });
  log(`${url}: ${badge.title}`);
  const clicked = performance.now();
  await driver.clickAction();
  await panelShown(driver);
  log(`panel filled ${Math.round(performance.now() - clicked)} ms after the toolbar click`);
  if (headless) {
    // Let fonts and the first layout settle, so the picture shows what a reader would see.
    await new Promise((resolve) => setTimeout(resolve, 500));
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    const path = join(ROOT, 'test-results', `start-${browserName}.png`);
    await driver.screenshot(path);
    log(`screenshot saved: ${path}`);
  } else {
    log(`${browserName} is open with Sidelight. Close the browser window (or press Ctrl+C) to stop.`);
    await Promise.race([driver.closed(), new Promise((resolve) => process.once('SIGINT', resolve))]);
  }
} finally {
  await driver.close();
  await server.close();
}
