import { readFile } from 'node:fs/promises';
import { parsePageText } from '../../utils/parse-page-text';
import { decodeInput } from './decode-input';
import { formatOutput } from './format-output';
import { describeFsError } from './list-inputs';
import type { OutputFormat } from './parse-cli-args';
import { readInput } from './read-input';

/** One input to parse and how; plain data, so it can be posted to a worker thread. */
export interface ParseJob {
  file: string;
  format: OutputFormat;
  as: 'page' | 'article';
  summarySentences?: number;
  batch: boolean;
  /** The input's bytes when they were read already (stdin); otherwise `file` is read. */
  bytes?: Uint8Array;
  /** Set when the input already failed (while listing): the job only reports it. */
  error?: string;
}

/** One input's formatted output, or its one-line error. */
export type JobResult = { file: string; output: string } | { file: string; error: string };

/** Reads, decodes, parses and formats one input. Never throws: every failure becomes an `error` result. */
export async function parseOne(job: ParseJob): Promise<JobResult> {
  const { file } = job;
  if (job.error !== undefined) return { file, error: job.error };
  let bytes: Uint8Array;
  try {
    bytes = job.bytes ?? (await readFile(file));
  } catch (error) {
    return { file, error: `cannot read: ${describeFsError(error)}` };
  }
  const decoded = decodeInput(bytes);
  if (!decoded.ok) return { file, error: decoded.error };
  try {
    const input = readInput(decoded.text, file === '-' ? 'stdin' : file);
    const article = job.as === 'article';
    // Article mode ignores any comment structure the page reader found: the whole text is the article.
    const { comments: _comments, commentsStart: _start, ...pageOptions } = input.options;
    const doc = parsePageText(input.text, {
      ...(article ? pageOptions : input.options),
      mode: job.as,
      ...(job.summarySentences === undefined ? {} : { summarySentences: job.summarySentences }),
    });
    return { file, output: formatOutput(doc, job.format, job.batch, file) };
  } catch (error) {
    return { file, error: `parse failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
