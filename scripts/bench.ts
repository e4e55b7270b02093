// `npm run bench [-- --runs N]`: times the whole parser (parsePageText) on the sample page, the demo article and a
// generated page of 10,000 comments, with a per-pass breakdown (CPU time) and the longest step of the step-wise
// parser the panel runs in slices; then the page reader (readPage) on the invented pages. Prints a table; asserts
// nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parsePageText } from '../utils/parse-page-text';
import { generateCommentsPage } from './bench/generate-comments-page';
import { profileSteps } from './bench/longest-step';
import { PASSES, timePasses, type PassTimes } from './bench/time-passes';
import { SLICE_BUDGET_MS } from '../utils/steps/run-in-slices';
import { inventedPages, timeReadPage } from './bench/time-read-page';

const REPO = join(import.meta.dirname, '..');
const SAMPLE = join(REPO, '..', 'shared', 'seeds', '000_f1e603e65cfa6128.txt');
const DEMO = join(REPO, 'assets', 'demo', 'article.txt');
/** Comments on the generated page: far more than any real article gets, to show how the passes scale. */
const GENERATED_COMMENTS = 10_000;
/** Timed runs per input; the big page gets fewer because one run takes far longer. Warm-up runs are not counted. */
const DEFAULT_RUNS = 30;
const DEFAULT_BIG_RUNS = 3;
const WARM_UP_RUNS = 1;
/** The per-pass breakdown repeats the work, so it gets at most this many runs of its own. */
const MAX_PASS_RUNS = 5;

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runsOverride = values.runs === undefined ? undefined : Math.max(1, Number.parseInt(values.runs, 10) || 1);

interface Input {
  name: string;
  text: string;
  runs: number;
}

const inputs: Input[] = [];
if (existsSync(SAMPLE))
  inputs.push({ name: 'sample (AP + 35 comments)', text: readFileSync(SAMPLE, 'utf8'), runs: DEFAULT_RUNS });
else console.log(`note: sample page ${SAMPLE} not found, skipped`);
inputs.push({ name: 'demo article', text: readFileSync(DEMO, 'utf8'), runs: DEFAULT_RUNS });
inputs.push({
  name: `generated, ${GENERATED_COMMENTS} comments`,
  text: generateCommentsPage(GENERATED_COMMENTS),
  runs: DEFAULT_BIG_RUNS,
});

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

const ms = (value: number) => value.toFixed(1);
const rows: string[][] = [];
for (const input of inputs) {
  const runs = runsOverride ?? input.runs;
  let comments = 0;
  for (let i = 0; i < WARM_UP_RUNS; i++) comments = parsePageText(input.text).comments.length;
  const totals: number[] = [];
  const cpuTotals: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    parsePageText(input.text);
    const cpu = process.cpuUsage(cpuStart);
    totals.push(performance.now() - start);
    cpuTotals.push((cpu.user + cpu.system) / 1000);
  }
  totals.sort((a, b) => a - b);
  cpuTotals.sort((a, b) => a - b);
  const passes: PassTimes[] = Array.from({ length: Math.min(runs, MAX_PASS_RUNS) }, () => timePasses(input.text));
  const passMedians = PASSES.map((pass) =>
    percentile(
      passes.map((times) => times[pass]).sort((a, b) => a - b),
      50,
    ),
  );
  rows.push([
    input.name,
    `${(input.text.length / 1024).toFixed(1)} K`,
    String(comments),
    String(runs),
    ms(percentile(totals, 50)),
    ms(percentile(totals, 95)),
    ms(percentile(cpuTotals, 50)),
    ...passMedians.map(ms),
    ms(passMedians.reduce((sum, value) => sum + value, 0)),
  ]);
}

const header = ['input', 'chars', 'comments', 'runs', 'median ms', 'p95 ms', 'cpu ms', ...PASSES, 'pass sum'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
const line = (cells: string[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
// Wall time suffers when the machine is shared; CPU time (user + system, process.cpuUsage) much less so.
console.log(
  `node ${process.version}; whole pipeline (parsePageText): wall median and p95, CPU median; then per-pass CPU medians, ms`,
);
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));

// The panel parses in slices between the page's own tasks (runInSlices): it can pause between steps, never inside
// one, so the longest step bounds how long the parser can hold the page's main thread at once. Wall time, with the
// longest step's CPU time beside it: on a shared machine a step's wall time also counts waiting for a core.
console.log(`\nparser steps (parsePageSteps; the panel pauses between steps, slice budget ${SLICE_BUDGET_MS} ms)`);
for (const input of inputs) {
  const profile = profileSteps(input.text, SLICE_BUDGET_MS);
  const over = profile.overBudget.map((value) => value.toFixed(0)).join(', ') || 'none';
  console.log(
    `${input.name}: ${profile.steps} steps, longest ${ms(profile.longestMs)} ms (CPU ${ms(profile.longestCpuMs)} ms); ` +
      `longest over budget: ${over}`,
  );
}
// The page reader runs in the content script before the parser, on the host page's main thread; linkedom's parse
// stands in for the browser's own and is shown apart, since a real page arrives parsed.
const reading = timeReadPage(inventedPages());
const sortedMs = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const [read, parse] = [sortedMs(reading.read), sortedMs(reading.parse)];
console.log(
  `\npage reader (readPage) on ${reading.pages} invented pages (tests/fixtures/modern-*), CPU ms per page: ` +
    `median ${ms(percentile(read, 50))}, p95 ${ms(percentile(read, 95))}; ` +
    `linkedom parse apart: median ${ms(percentile(parse, 50))}, p95 ${ms(percentile(parse, 95))}`,
);
console.log('in a real browser, with the page timing itself: npm run bench:browser (after npm run build)');
