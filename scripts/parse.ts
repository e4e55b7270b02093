// `npm run parse -- <file|directory|-> [options]`: the extension's parser on saved pages. See `--help`.
import { buffer } from 'node:stream/consumers';
import { runCli } from './cli/run-cli';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: async () => new Uint8Array(await buffer(process.stdin)),
});
