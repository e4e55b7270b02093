import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

/** How long Firefox may take to open its BiDi port, in ms (cold start on 2 busy cores). */
const START_TIMEOUT_MS = 60_000;
/** How long one BiDi command may take, in ms. */
const COMMAND_TIMEOUT_MS = 60_000;
const LISTENING = /WebDriver BiDi listening on (ws:\/\/\S+)/;
/** Prefs that keep a throwaway profile quiet and offline (no captive-portal or update checks). */
const PREFS: Record<string, boolean | number | string> = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'extensions.getAddons.cache.enabled': false,
};

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** Firefox driven over raw WebDriver BiDi: the only way to click an extension's toolbar action there (BROWSERS.md). */
export class FirefoxBidi {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Resolves when the Firefox process ends. */
  readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly ws: WebSocket,
    private readonly profile: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { id?: number; type: string; result?: unknown; message?: string };
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting || message.id === undefined) return;
      this.pending.delete(message.id);
      clearTimeout(waiting.timer);
      if (message.type === 'success') waiting.resolve(message.result);
      else waiting.reject(new Error(`BiDi: ${JSON.stringify(message)}`));
    });
  }

  /** Starts headless Firefox with a fresh profile and opens a BiDi session. */
  static async launch(executablePath: string, headless = true): Promise<FirefoxBidi> {
    const profile = mkdtempSync(join(tmpdir(), 'sidelight-firefox-'));
    const prefs = Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
    writeFileSync(join(profile, 'user.js'), prefs.join('\n'));
    const args = ['-no-remote', '-profile', profile, '--remote-debugging-port=0', '-remote-allow-system-access'];
    const child = spawn(executablePath, [...(headless ? ['-headless'] : []), ...args, '--window-size=1280,900'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not open BiDi:\n${seen}`)), START_TIMEOUT_MS);
      const onData = (data: Buffer) => {
        seen += data.toString();
        const match = LISTENING.exec(seen);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stderr?.on('data', onData);
      child.stdout?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${seen}`)));
    });
    const ws = new WebSocket(`${url}/session`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const session = new FirefoxBidi(child, ws, profile);
    await session.send('session.new', { capabilities: {} });
    return session;
  }

  /** Sends one BiDi command and resolves with its result. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`BiDi ${method} timed out`));
      }, COMMAND_TIMEOUT_MS);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Installs an unpacked extension as a temporary add-on; resolves with its id. */
  async installExtension(path: string): Promise<string> {
    const { extension } = await this.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path },
    });
    return extension;
  }

  /** The first top-level browsing context (the tab), or the chrome window with `chrome`. */
  async topContext(chrome = false): Promise<string> {
    const { contexts } = await this.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {
      ...(chrome ? { 'moz:scope': 'chrome' } : {}),
    });
    const context = contexts[0]?.context;
    if (!context) throw new Error('no browsing context');
    return context;
  }

  /** Evaluates an expression (awaiting promises) in a context; the expression must return a string. */
  async evaluate(context: string, expression: string): Promise<string> {
    const reply = await this.send<{ type: string; result?: { value?: unknown }; exceptionDetails?: unknown }>(
      'script.evaluate',
      { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' },
    );
    if (reply.type !== 'success') throw new Error(`evaluate failed: ${JSON.stringify(reply.exceptionDetails)}`);
    return String(reply.result?.value ?? '');
  }

  /** Clicks the extension's toolbar button as a reader would (privileged chrome-scope script). */
  async triggerAction(extensionId: string): Promise<void> {
    const chrome = await this.topContext(true);
    await this.evaluate(
      chrome,
      `(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extensionId)});
        ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
        return 'ok';
      })()`,
    );
  }

  /** A real (trusted) mouse click at viewport coordinates: gives the page a user activation, unlike `el.click()`. */
  async clickAt(context: string, x: number, y: number): Promise<void> {
    const pointer = [
      { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ];
    await this.send('input.performActions', {
      context,
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: pointer }],
    });
  }

  /** PNG screenshot of the viewport. */
  async screenshot(context: string): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('browsingContext.captureScreenshot', { context });
    return Buffer.from(data, 'base64');
  }

  /** Ends Firefox and removes the profile; clears timers so node can exit. */
  async close(): Promise<void> {
    for (const waiting of this.pending.values()) clearTimeout(waiting.timer);
    this.pending.clear();
    await this.send('session.end', {}).catch(() => undefined);
    this.ws.terminate();
    this.child.kill('SIGTERM');
    await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
    rmSync(this.profile, { recursive: true, force: true });
  }
}
