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

export interface BatchOptions {
  /** Worker threads at most; defaults to the machine's cores. */
  poolSize?: number;
  /** Called once per job, in job order, as soon as it and all jobs before it are done. */
  onResult: (result: JobResult, index: number) => void;
}

function startWorker(): Worker {
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const entry = new URL('./batch-worker.ts', import.meta.url).href;
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
    const feed = (worker: Worker, inFlight: { index?: number }) => {
      const index = nextJob++;
      const job = jobs[index];
      if (!job) {
        void worker.terminate();
        if (--running === 0) resolve();
        return;
      }
      inFlight.index = index;
      worker.postMessage({ index, job } satisfies WorkerJob);
    };
    const spawn = () => {
      const worker = startWorker();
      const inFlight: { index?: number } = {};
      worker.on('message', ({ index, result }: { index: number; result: JobResult }) => {
        inFlight.index = undefined;
        settle(index, result);
        feed(worker, inFlight);
      });
      // A crashed worker fails only the job it held; a fresh worker takes over the rest of its share.
      worker.on('error', (error) => {
        const index = inFlight.index;
        inFlight.index = undefined;
        if (index !== undefined)
          settle(index, { file: jobs[index]?.file ?? '?', error: `worker failed: ${error.message}` });
        spawn();
      });
      feed(worker, inFlight);
    };
    for (let i = 0; i < size; i++) spawn();
  });
}
