import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParseJob } from '../../../scripts/cli/parse-one';
import { runBatch } from '../../../scripts/cli/run-batch';

/** Workers load the TypeScript sources through tsx on a shared machine: give them time. */
const WORKER_TIMEOUT_MS = 120_000;

const root = mkdtempSync(join(tmpdir(), 'sidelight-batch-'));
const names = ['1.txt', '2-crash.txt', '3.txt', '4.txt', '5.txt', '6-crash.txt', '7.txt'];
for (const [i, name] of names.entries()) writeFileSync(join(root, name), `date 2026-01-0${i + 1} Story ${i}.\n`);
const jobs: ParseJob[] = names.map((name) => ({ file: join(root, name), format: 'json', as: 'article', batch: true }));

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function collect(options: { poolSize: number; workerEntry?: URL }) {
  const seen: { index: number; file: string; error?: string }[] = [];
  await runBatch(jobs, {
    ...options,
    onResult: (result, index) =>
      seen.push({ index, file: result.file, ...('error' in result ? { error: result.error } : {}) }),
  });
  return seen;
}

describe('runBatch', () => {
  it('should report every job once, in job order, parsing inline with a pool of one', async () => {
    const seen = await collect({ poolSize: 1 });
    expect(seen.map(({ index, file, error }) => [index, file, error])).toEqual(
      jobs.map((job, i) => [i, job.file, undefined]),
    );
  });

  it(
    'should fail only the inputs whose worker died, replace the worker, and keep the order',
    async () => {
      const seen = await collect({ poolSize: 2, workerEntry: new URL('./crashing-worker.ts', import.meta.url) });
      expect(seen.map(({ index, error }) => [index, error])).toEqual(
        names.map((name, i) => [i, name.includes('crash') ? 'worker failed: exited with code 3' : undefined]),
      );
    },
    WORKER_TIMEOUT_MS,
  );
});
