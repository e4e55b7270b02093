// Worker-thread entry of the batch pool: parses the jobs it is sent, one at a time, and posts each result back.
import { parentPort } from 'node:worker_threads';
import { parseOne, type ParseJob } from './parse-one';

/** A job as posted by the pool: its position in the input order plus the job itself. */
export interface WorkerJob {
  index: number;
  job: ParseJob;
}

parentPort?.on('message', (message: WorkerJob) => {
  void parseOne(message.job).then((result) => parentPort?.postMessage({ index: message.index, result }));
});
