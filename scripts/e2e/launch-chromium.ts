import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Flags from BROWSERS.md: quiet, no network chatter, and the switch that lets CDP click the toolbar action. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-extension-debugging',
];

/** A Chromium with Sidelight installed; `close` also deletes the throwaway profile. */
export interface ChromiumSession {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

/** Launches Chromium (headless or not) with a fresh profile and installs the unpacked extension from `extensionDir`. */
export async function launchChromium(
  executablePath: string,
  extensionDir: string,
  headless = true,
): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sidelight-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    args: [...CHROMIUM_ARGS, '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
  });
  const extensionId = await browser.installExtension(extensionDir);
  return {
    browser,
    extensionId,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
