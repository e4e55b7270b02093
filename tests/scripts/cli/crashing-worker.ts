// A batch worker that dies on any input whose name contains "crash", as a worker running out of memory would.
import { parentPort } from 'node:worker_threads';
import type { WorkerJob } from '../../../scripts/cli/batch-worker';
import { parseOne } from '../../../scripts/cli/parse-one';

parentPort?.on('message', (message: WorkerJob) => {
  if (message.job.file.includes('crash')) process.exit(3);
  void parseOne(message.job).then((result) => parentPort?.postMessage({ index: message.index, result }));
});
