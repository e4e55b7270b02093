/** One browser tab with Sidelight installed, driven the way a reader uses it. Chromium and Firefox implement it. */
export interface PageDriver {
  readonly browserName: 'chromium' | 'firefox';
  goto(url: string): Promise<void>;
  /** Clicks the toolbar button (a real action click, not a message). */
  clickAction(): Promise<void>;
  /** The toolbar badge text and title for the current tab. */
  badge(): Promise<{ text: string; title: string }>;
  /** Evaluates a self-contained function (see panel-probe.ts) in the page; it returns a string. */
  run(fn: (...args: string[]) => string, ...args: string[]): Promise<string>;
  /** A trusted mouse click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** The system clipboard's text. */
  clipboard(): Promise<string>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Source text calling `fn` with string arguments, for browsers that take an expression (BiDi). */
export function callExpression(fn: (...args: string[]) => string, args: readonly string[]): string {
  return `(${fn.toString()})(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;
}
