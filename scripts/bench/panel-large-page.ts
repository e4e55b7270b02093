// `npm run bench:browser [-- --comments N --browser chromium|firefox --page FILE]`: opens a generated news page with
// thousands of comments (or a saved page, such as the demo article `assets/demo/article.html`) in real Chromium and
// Firefox with the built extension (run `npm run build` first), clicks the toolbar
// button and reports how the tab fared: click → first panel paint, click → comments listed, and the longest stretch
// the page's main thread was blocked (a page timer that should tick every few ms) with what the panel showed before
// and after it (which phase blocked), the longest block before the panel's first paint apart, and how many blocks
// passed the browsers' long-task line. Prints; asserts nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ChromiumDriver } from '../e2e/chromium-driver';
import { findChromium, findFirefox } from '../e2e/find-browser';
import { FirefoxDriver } from '../e2e/firefox-driver';
import type { PageDriver } from '../e2e/page-driver';
import { serveDemo } from '../e2e/serve-demo';
import { waitFor } from '../e2e/wait-for';
import { generateCommentsHtml } from './generate-comments-html';

const ROOT = join(import.meta.dirname, '..', '..');
/** The size the issue names: a page with 5,000 comments must not freeze the tab. */
const DEFAULT_COMMENTS = 5000;
/** Reading and parsing thousands of comments takes seconds; give it room before calling it stuck. */
const READY_TIMEOUT_MS = 60_000;
/** The browsers call a task over 50 ms "long" (the Long Tasks API, Lighthouse): the panel's target for every block. */
const LONG_TASK_MS = 50;

const { values } = parseArgs({
  options: { comments: { type: 'string' }, browser: { type: 'string' }, page: { type: 'string' } },
});
const count = Math.max(1, Number.parseInt(values.comments ?? '', 10) || DEFAULT_COMMENTS);

/**
 * Installed in the page before the click: a timer that records the longest gap between its ticks, and what the panel
 * showed at the tick before it and the tick after (its loading status, or "listed" once comment cards are there), so
 * the report can say which phase blocked: the page reader, the parser and comment mapping, or the first render.
 */
function startWatch(longTaskMs: string): string {
  const w = window as unknown as {
    __sidelightWatch?: {
      last: number;
      longest: number;
      phase: string;
      longestPhase: string;
      beforePaint: number;
      long: number;
    };
  };
  const phaseNow = (): string => {
    const root = document.querySelector('sidelight-panel')?.shadowRoot;
    if (root?.querySelector('.sl-comment__card')) return 'listed';
    return root?.querySelector('.sl-loading')?.textContent?.trim() || (root ? 'panel' : 'no panel');
  };
  const watch = { last: performance.now(), longest: 0, phase: phaseNow(), longestPhase: '', beforePaint: 0, long: 0 };
  w.__sidelightWatch = watch;
  const tick = () => {
    const now = performance.now();
    const phase = phaseNow();
    // A gap that ends with no panel on the page yet is one the reader waited through for the first paint.
    if (phase === 'no panel') watch.beforePaint = Math.max(watch.beforePaint, now - watch.last);
    if (now - watch.last > Number(longTaskMs)) watch.long++;
    if (now - watch.last > watch.longest) {
      watch.longest = now - watch.last;
      watch.longestPhase = watch.phase === phase ? phase : `${watch.phase} → ${phase}`;
    }
    watch.last = now;
    watch.phase = phase;
    setTimeout(tick, 4);
  };
  setTimeout(tick, 4);
  return 'ok';
}

/** The panel's progress as the page sees it: painted at all, comments listed, and the longest timer gap so far. */
function readWatch(): string {
  const w = window as unknown as {
    __sidelightWatch?: { longest: number; longestPhase: string; beforePaint: number; long: number };
  };
  const root = document.querySelector('sidelight-panel')?.shadowRoot;
  return JSON.stringify({
    painted: Boolean(root?.querySelector('.sidelight-panel, .sl-panel, [role="complementary"]')),
    comments: root?.querySelectorAll('.sl-comment__card').length ?? 0,
    // The panel's mark once it is filled (a page without comments lists none).
    ready: document.querySelector('sidelight-panel')?.hasAttribute('data-ready-ms') ?? false,
    longest: Math.round(w.__sidelightWatch?.longest ?? -1),
    longestPhase: w.__sidelightWatch?.longestPhase ?? '',
    beforePaint: Math.round(w.__sidelightWatch?.beforePaint ?? -1),
    long: w.__sidelightWatch?.long ?? -1,
  });
}

interface Watch {
  painted: boolean;
  comments: number;
  ready: boolean;
  longest: number;
  longestPhase: string;
  beforePaint: number;
  long: number;
}

async function measure(driver: PageDriver, url: string) {
  await driver.goto(url);
  await new Promise((resolve) => setTimeout(resolve, 1500)); // detection runs when the page is idle
  await driver.run(startWatch, String(LONG_TASK_MS));
  const watch = async () => JSON.parse(await driver.run(readWatch)) as Watch;
  const clicked = performance.now();
  await driver.clickAction();
  const painted = await waitFor('the panel', async () => ((await watch()).painted ? performance.now() : undefined));
  const listed = await waitFor(
    'the comments',
    async () => {
      const now = await watch();
      return now.comments > 0 || now.ready ? performance.now() : undefined;
    },
    READY_TIMEOUT_MS,
  );
  const { longest, longestPhase, beforePaint, long } = await watch();
  return {
    paintMs: painted - clicked,
    commentsMs: listed - clicked,
    longestBlockMs: longest,
    longestPhase,
    beforePaintMs: beforePaint,
    longBlocks: long,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'sidelight-bench-'));
writeFileSync(join(dir, 'large.html'), values.page ? readFileSync(values.page, 'utf8') : generateCommentsHtml(count));
const server = await serveDemo(dir);
try {
  const browsers = [
    { name: 'chromium', find: findChromium, build: 'chrome-mv3', launch: ChromiumDriver.launch },
    { name: 'firefox', find: findFirefox, build: 'firefox-mv3', launch: FirefoxDriver.launch },
  ].filter((browser) => !values.browser || browser.name === values.browser);
  console.log(`${values.page ?? `page with ${count} comments`} (${server.origin}/large.html)`);
  for (const browser of browsers) {
    const binary = browser.find();
    if (!binary) {
      console.log(`${browser.name}: not found, skipped`);
      continue;
    }
    const driver = await browser.launch(binary, join(ROOT, '.output', browser.build));
    try {
      const result = await measure(driver, `${server.origin}/large.html`);
      console.log(
        `${browser.name}: click → panel painted ${Math.round(result.paintMs)} ms, → comments listed ` +
          `${Math.round(result.commentsMs)} ms; longest main-thread block ${result.longestBlockMs} ms ` +
          `(panel before → after it: ${result.longestPhase}); longest before the first paint ${result.beforePaintMs} ms; ` +
          `blocks over ${LONG_TASK_MS} ms: ${result.longBlocks}`,
      );
    } finally {
      await driver.close();
    }
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
