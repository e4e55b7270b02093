// End-to-end: `npx tsx scripts/parse.ts` in a child process, as `npm run parse` runs it. Slow (each run loads tsx),
// so only the behaviours that need a real process: exit codes, and the worker pool used for bigger batches.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..', '..');
/** Generous: the machine is shared, and each child process compiles the TypeScript sources. */
const SPAWN_TIMEOUT_MS = 120_000;

const page = (n: number) =>
  `date 2026-01-0${n} Mayor Lena Ortiz of Dunmore opened bridge number ${n} on Monday.\nIt cost less than planned.\n`;

const root = mkdtempSync(join(tmpdir(), 'sidelight-parse-'));
const dir = join(root, 'pages');
mkdirSync(join(dir, 'nested'), { recursive: true });
writeFileSync(join(dir, '1.txt'), page(1));
writeFileSync(join(dir, '2.txt'), page(2));
writeFileSync(join(dir, '3.bin'), Uint8Array.from([0xca, 0xfe, 0, 0xba, 0xbe]));
// Saved HTML, gzip-compressed as page archives and benchmarks ship it.
writeFileSync(
  join(dir, 'nested', '4.html.gz'),
  gzipSync(`<!doctype html><html><body><article><p>${page(4)}</p></article></body></html>`),
);
writeFileSync(join(dir, 'nested', '5.txt'), page(5));

afterAll(() => rmSync(root, { recursive: true, force: true }));

function parse(...args: string[]) {
  const child = spawnSync('npx', ['tsx', 'scripts/parse.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('scripts/parse.ts', () => {
  it(
    'should parse a directory on the worker pool into ordered JSONL, with an error line and exit code 1',
    () => {
      const { code, stdout, stderr } = parse('--as', 'article', '--format', 'json', dir);
      const lines = stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(code).toBe(1);
      expect(lines.map((line) => [line.file, 'doc' in line ? 'doc' : line.error])).toEqual([
        [join(dir, '1.txt'), 'doc'],
        [join(dir, '2.txt'), 'doc'],
        [join(dir, '3.bin'), 'binary input (contains NUL bytes); expected text or HTML'],
        [join(dir, 'nested', '4.html.gz'), 'doc'],
        [join(dir, 'nested', '5.txt'), 'doc'],
      ]);
      expect(lines[3]?.doc).toMatchObject({ source: { kind: 'page' } });
      expect(stderr).toContain('1 of 5 inputs failed:');
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'should exit with 1 and one stderr line for a missing file',
    () => {
      const { code, stdout, stderr } = parse(join(root, 'missing.txt'));
      expect([code, stdout, stderr.trim().split('\n')]).toEqual([
        1,
        '',
        [`sidelight parse: ${join(root, 'missing.txt')}: cannot read: no such file or directory`],
      ]);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'should print one pretty document and exit with 0 for a good file',
    () => {
      const { code, stdout } = parse(join(dir, '1.txt'));
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ version: 1, source: { name: join(dir, '1.txt') } });
    },
    SPAWN_TIMEOUT_MS,
  );
});
