/** One browser tab with Sidelight installed, driven the way a reader uses it. Chromium and Firefox implement it. */
export interface PageDriver {
  readonly browserName: 'chromium' | 'firefox';
  goto(url: string): Promise<void>;
  /** Clicks the toolbar button (a real action click, not a message). */
  clickAction(): Promise<void>;
  /** Registered keyboard shortcuts by command name, where the browser lets a test read them (Chromium). */
  shortcuts?(): Promise<Record<string, string>>;
  /** The toolbar badge text and title for the current tab. */
  badge(): Promise<{ text: string; title: string }>;
  /** Evaluates a self-contained function (see panel-probe.ts) in the page; it returns a string. */
  run(fn: (...args: string[]) => string, ...args: string[]): Promise<string>;
  /** A trusted mouse click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** The system clipboard's text. */
  clipboard(): Promise<string>;
  screenshot(path: string): Promise<void>;
  /** Resolves when the browser goes away (the reader closed its window). */
  closed(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Source text calling `fn` with string arguments, to evaluate in a page. tsx compiles with esbuild's `keepNames`,
 * which wraps inner functions in `__name(…)`: the shim defines it so the source also runs outside the bundle.
 */
export function callExpression(fn: (...args: string[]) => string, args: readonly string[]): string {
  const call = `(${fn.toString()})(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;
  return `(() => { const __name = (target) => target; return ${call}; })()`;
}
