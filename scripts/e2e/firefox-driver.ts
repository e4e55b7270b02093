import { writeFileSync } from 'node:fs';
import { FirefoxBidi } from './firefox-bidi';
import { callExpression, type PageDriver } from './page-driver';

const VIEWPORT = { width: 1280, height: 900 };

/** Firefox over raw WebDriver BiDi; toolbar, badge and clipboard are reached through privileged chrome-scope code. */
export class FirefoxDriver implements PageDriver {
  readonly browserName = 'firefox';

  private constructor(
    private readonly bidi: FirefoxBidi,
    private readonly extensionId: string,
    private readonly context: string,
  ) {}

  static async launch(executablePath: string, extensionDir: string, headless = true): Promise<FirefoxDriver> {
    const bidi = await FirefoxBidi.launch(executablePath, headless);
    try {
      const extensionId = await bidi.installExtension(extensionDir);
      const context = await bidi.topContext();
      // Same viewport as the Chromium runs, so screenshots compare (`--window-size` is ignored headless).
      await bidi.send('browsingContext.setViewport', { context, viewport: VIEWPORT });
      return new FirefoxDriver(bidi, extensionId, context);
    } catch (error) {
      await bidi.close();
      throw error;
    }
  }

  async goto(url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  clickAction(): Promise<void> {
    return this.bidi.triggerAction(this.extensionId);
  }

  /** Reads the action's per-tab properties from the privileged side (there is no BiDi command for it). */
  async badge(): Promise<{ text: string; title: string }> {
    const chrome = await this.bidi.topContext(true);
    const json = await this.bidi.evaluate(
      chrome,
      `(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(this.extensionId)});
        const action = ExtensionParent.apiManager.global.browserActionFor(extension).action;
        const tab = window.gBrowser.selectedTab;
        return JSON.stringify({ text: action.getProperty(tab, 'badgeText') ?? '', title: action.getProperty(tab, 'title') ?? '' });
      })()`,
    );
    return JSON.parse(json) as { text: string; title: string };
  }

  run(fn: (...args: string[]) => string, ...args: string[]): Promise<string> {
    return this.bidi.evaluate(this.context, callExpression(fn, args));
  }

  clickAt(x: number, y: number): Promise<void> {
    return this.bidi.clickAt(this.context, x, y);
  }

  async clipboard(): Promise<string> {
    const chrome = await this.bidi.topContext(true);
    return this.bidi.evaluate(
      chrome,
      `(() => {
        const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
        transferable.init(null);
        transferable.addDataFlavor('text/plain');
        Services.clipboard.getData(transferable, Services.clipboard.kGlobalClipboard);
        const data = {};
        transferable.getTransferData('text/plain', data);
        return data.value.QueryInterface(Ci.nsISupportsString).data;
      })()`,
    );
  }

  async screenshot(path: string): Promise<void> {
    writeFileSync(path, await this.bidi.screenshot(this.context));
  }

  closed(): Promise<void> {
    return this.bidi.exited;
  }

  close(): Promise<void> {
    return this.bidi.close();
  }
}
