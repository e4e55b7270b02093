import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerJob } from './batch-worker';
import { parseOne, type JobResult, type ParseJob } from './parse-one';

/** Below this many inputs, parsing inline beats starting worker threads (each loads the TypeScript sources anew). */
const MIN_JOBS_FOR_WORKERS = 4;

/**
 * A worker runs TypeScript: the bootstrap (plain CommonJS, run with `eval`) registers tsx's loader in the worker's
 * own thread first, then imports the worker entry.
 */
const WORKER_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then((api) => { api.register(); return import(workerData.entry); });
`;

/** Options of `runBatch`. */
export interface BatchOptions {
  /** Worker threads at most; defaults to the machine's cores. */
  poolSize?: number;
  /** Worker entry module; the default is `batch-worker.ts` (tests pass one that misbehaves). */
  workerEntry?: URL;
  /** Called once per job, in job order, as soon as it and all jobs before it are done. */
  onResult: (result: JobResult, index: number) => void;
}

/** What the pool knows about one worker: the job it holds, why it died, whether the pool let it go. */
interface WorkerState {
  index?: number;
  lastError?: string;
  retired: boolean;
}

function startWorker(entryUrl: URL): Worker {
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const entry = entryUrl.href;
  return new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: { tsxApi, entry } });
}

/** Parses many inputs on a pool of worker threads (size = min(inputs, cores)), reporting results in input order. */
export async function runBatch(jobs: readonly ParseJob[], options: BatchOptions): Promise<void> {
  const results: (JobResult | undefined)[] = new Array(jobs.length);
  let nextToReport = 0;
  const settle = (index: number, result: JobResult) => {
    results[index] = result;
    for (let ready = results[nextToReport]; ready; ready = results[nextToReport]) {
      options.onResult(ready, nextToReport);
      results[nextToReport] = undefined; // Reported: let the output be collected.
      nextToReport += 1;
    }
  };

  const size = Math.min(jobs.length, options.poolSize ?? availableParallelism());
  if (jobs.length < MIN_JOBS_FOR_WORKERS || size < 2) {
    for (const [index, job] of jobs.entries()) settle(index, await parseOne(job));
    return;
  }

  let nextJob = 0;
  await new Promise<void>((resolve) => {
    let running = size;
    const feed = (worker: Worker, state: WorkerState) => {
      const index = nextJob++;
      const job = jobs[index];
      if (!job) {
        state.retired = true;
        void worker.terminate();
        if (--running === 0) resolve();
        return;
      }
      state.index = index;
      worker.postMessage({ index, job } satisfies WorkerJob);
    };
    const spawn = () => {
      const worker = startWorker(options.workerEntry ?? new URL('./batch-worker.ts', import.meta.url));
      const state: WorkerState = { retired: false };
      worker.on('message', ({ index, result }: { index: number; result: JobResult }) => {
        state.index = undefined;
        settle(index, result);
        feed(worker, state);
      });
      worker.on('error', (error) => (state.lastError = error.message));
      // A worker that dies (crash, out of memory) fails only the job it held; a fresh worker takes over its share.
      worker.on('exit', (code) => {
        if (state.retired) return;
        const index = state.index;
        if (index !== undefined) {
          const reason = state.lastError ?? `exited with code ${code}`;
          settle(index, { file: jobs[index]?.file ?? '?', error: `worker failed: ${reason}` });
        }
        spawn();
      });
      feed(worker, state);
    };
    for (let i = 0; i < size; i++) spawn();
  });
}
