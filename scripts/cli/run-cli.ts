import { createProgressBar, type ProgressStream } from './progress-bar';
import { listInputs } from './list-inputs';
import { CLI_USAGE, parseCliArgs } from './parse-cli-args';
import { parseOne, type JobResult, type ParseJob } from './parse-one';
import { runBatch } from './run-batch';

/** Prefix of every message on stderr, so they stand out in a pipeline. */
const PREFIX = 'sidelight parse:';

/** Where the CLI reads and writes; the real process streams in `scripts/parse.ts`, fakes in tests. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: ProgressStream;
  readStdin: () => Promise<Uint8Array>;
  poolSize?: number;
}

/** Runs the parse command and returns its exit code: 0 all parsed, 1 some input failed, 2 usage error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`${PREFIX} ${parsed.error}\n\n${CLI_USAGE}\n`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.stdout.write(`${CLI_USAGE}\n`);
    return 0;
  }
  const { inputs, batch } = await listInputs(args.paths);
  const jobOf = (file: string): ParseJob => ({
    file,
    format: args.format,
    as: args.as,
    batch,
    ...(args.summarySentences === undefined ? {} : { summarySentences: args.summarySentences }),
  });

  if (!batch) {
    const input = inputs[0];
    if (!input) return 2;
    const result: JobResult = input.error
      ? { file: input.file, error: input.error }
      : await parseOne({ ...jobOf(input.file), ...(input.file === '-' ? { bytes: await io.readStdin() } : {}) });
    if ('error' in result) {
      io.stderr.write(`${PREFIX} ${result.file}: ${result.error}\n`);
      return 1;
    }
    io.stdout.write(`${result.output}\n`);
    return 0;
  }

  // Inputs that failed while listing keep their place: their error line comes out in input order.
  const failures: JobResult[] = [];
  const progress = createProgressBar(inputs.length, io.stderr);
  const jobs = inputs.map((input) => ({ ...jobOf(input.file), ...(input.error ? { error: input.error } : {}) }));
  await runBatch(jobs, {
    poolSize: io.poolSize,
    onResult: (result) => {
      progress.tick();
      if ('error' in result) failures.push(result);
      io.stdout.write(`${'error' in result ? JSON.stringify(result) : result.output}\n`);
    },
  });
  progress.done();
  if (failures.length === 0) return 0;
  const lines = failures.map((failure) => `  ${failure.file}: ${'error' in failure ? failure.error : ''}`);
  io.stderr.write(`${PREFIX} ${failures.length} of ${inputs.length} inputs failed:\n${lines.join('\n')}\n`);
  return 1;
}
