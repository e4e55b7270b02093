import { writeFileSync } from 'node:fs';
import type { Page, WebWorker } from 'puppeteer-core';
import { launchChromium, type ChromiumSession } from './launch-chromium';
import { callExpression, type PageDriver } from './page-driver';

/** The few extension APIs read from the service worker (its `chrome` global is not typed in this node project). */
interface ChromeApi {
  tabs: { query(query: { active: boolean }): Promise<{ id?: number }[]> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  action: {
    getBadgeText(details: { tabId?: number }): Promise<string>;
    getTitle(details: { tabId?: number }): Promise<string>;
  };
}

/** Chromium through puppeteer-core: `triggerExtensionAction` is a real toolbar click (BROWSERS.md). */
export class ChromiumDriver implements PageDriver {
  readonly browserName = 'chromium';

  private constructor(
    private readonly session: ChromiumSession,
    private readonly page: Page,
    private readonly worker: WebWorker,
  ) {}

  static async launch(executablePath: string, extensionDir: string, headless = true): Promise<ChromiumDriver> {
    const session = await launchChromium(executablePath, extensionDir, headless);
    const target = await session.browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${session.extensionId}/`),
    );
    const worker = await target.worker();
    if (!worker) throw new Error('no service worker for the extension');
    const [page] = await session.browser.pages();
    return new ChromiumDriver(session, page ?? (await session.browser.newPage()), worker);
  }

  /** The puppeteer page, for callers that need more (npm start). */
  get puppeteerPage(): Page {
    return this.page;
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
    await this.page.bringToFront();
    const origin = new URL(url).origin;
    await this.session.browser
      .defaultBrowserContext()
      .overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  }

  async clickAction(): Promise<void> {
    const extension = (await this.session.browser.extensions()).get(this.session.extensionId);
    if (!extension) throw new Error('extension not installed');
    await this.page.triggerExtensionAction(extension);
  }

  async badge(): Promise<{ text: string; title: string }> {
    // The test tab is the only one; without the `tabs` permission the worker cannot see tab URLs anyway.
    return this.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      const [tab] = await chrome.tabs.query({ active: true });
      const tabId = tab?.id;
      return {
        text: await chrome.action.getBadgeText({ tabId }),
        title: await chrome.action.getTitle({ tabId }),
      };
    });
  }

  shortcuts(): Promise<Record<string, string>> {
    return this.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      const commands = await chrome.commands.getAll();
      return Object.fromEntries(commands.map((command) => [command.name ?? '', command.shortcut ?? '']));
    });
  }

  run(fn: (...args: string[]) => string, ...args: string[]): Promise<string> {
    return this.page.evaluate(callExpression(fn, args)) as Promise<string>;
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async screenshot(path: string): Promise<void> {
    writeFileSync(path, await this.page.screenshot());
  }

  closed(): Promise<void> {
    return new Promise((resolve) => this.session.browser.once('disconnected', () => resolve()));
  }

  close(): Promise<void> {
    return this.session.close();
  }
}
