// `npm run parse -- <file|directory|-> [options]`: the extension's parser on saved pages. See `--help`.
import { buffer } from 'node:stream/consumers';
import { runCli } from './cli/run-cli';

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: async () => new Uint8Array(await buffer(process.stdin)),
});
