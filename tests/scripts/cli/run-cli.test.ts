import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/cli/run-cli';
import type { PageDoc } from '../../../utils/model';

// Our own page, in the shape of a saved news page: header line, body, credits, count line, comments.
const PAGE = [
  'date 2026-02-03 Dunmore Port Authority (DPA) chief Lena Ortiz said on Monday the harbour bridge will reopen.',
  'Ortiz told reporters in Dunmore that repairs ran two months late. The DPA blamed the winter storms.',
  'Wire writer Cy Moss contributed.© Copyright 2026 Coastline Wire. All rights reserved.',
  '2 Comments',
  'Login to comment',
  'harbourcat',
  'About time.',
  'Marta',
  '@harbourcat the ferry was fine.',
].join('\n');

const root = mkdtempSync(join(tmpdir(), 'sidelight-cli-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(root, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const good = write('good.txt', PAGE);
const withBom = write('bom.txt', `\uFEFF${PAGE}`);
const binary = write('binary.bin', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
const dir = join(root, 'batch');
write('batch/1.txt', PAGE);
write('batch/2.bin', Uint8Array.from([1, 0, 2]));
write('batch/3.txt', PAGE.replace('Lena', 'Lina'));

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    readStdin: async () => new TextEncoder().encode(stdin),
    poolSize: 1,
  });
  return { code, stdout, stderr };
}

/** Every node of the document that carries offsets, with its text, to check against the input. */
function spans(doc: PageDoc): { text: string; start: number; end: number }[] {
  return [...doc.body, ...doc.summary, ...doc.entities.body.flatMap((entity) => entity.mentions)];
}

describe('runCli', () => {
  it('should print one pretty JSON document for one file, with offsets into its text', async () => {
    const { code, stdout, stderr } = await run([good]);
    const doc = JSON.parse(stdout) as PageDoc;
    expect([code, stderr]).toEqual([0, '']);
    expect(doc.source).toMatchObject({ name: good, length: PAGE.length });
    expect(spans(doc).length).toBeGreaterThan(0);
    for (const span of spans(doc)) expect(PAGE.slice(span.start, span.end)).toBe(span.text);
  });

  it('should count offsets from after a byte-order mark', async () => {
    const doc = JSON.parse((await run([withBom])).stdout) as PageDoc;
    expect(doc.source.length).toBe(PAGE.length);
    for (const span of spans(doc)) expect(PAGE.slice(span.start, span.end)).toBe(span.text);
  });

  it('should read stdin for -', async () => {
    const { code, stdout } = await run(['-', '--format', 'jsonld'], PAGE);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ '@type': 'NewsArticle', datePublished: '2026-02-03' });
  });

  it('should print Markdown for --format markdown', async () => {
    const { stdout } = await run([good, '--format', 'markdown']);
    expect(stdout.startsWith('# ')).toBe(true);
  });

  it('should find no comments with --as article and honour --summary-sentences', async () => {
    const doc = JSON.parse((await run(['--as', 'article', '--summary-sentences', '1', good])).stdout) as PageDoc;
    expect(doc.comments).toEqual([]);
    expect(doc.summary).toHaveLength(1);
  });

  it.each([
    ['a missing file', join(root, 'missing.txt'), /missing\.txt: cannot read: no such file or directory/],
    ['a binary file', binary, /binary\.bin: binary input/],
    ['an empty directory', join(root, 'empty-dir'), /directory has no files/],
  ])('should fail on %s with one line on stderr and exit code 1', async (_name, path, message) => {
    if (path.endsWith('empty-dir')) mkdirSync(path, { recursive: true });
    const { code, stdout, stderr } = await run([path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    if (!path.endsWith('empty-dir')) {
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it.skipIf(process.getuid?.() === 0)('should report a file it may not read', async () => {
    const locked = write('locked.txt', PAGE);
    chmodSync(locked, 0o000);
    const { code, stderr } = await run([locked]);
    expect([code, stderr.trim()]).toEqual([1, `sidelight parse: ${locked}: cannot read: permission denied`]);
  });

  it('should give one JSON line per input of a directory, in order, and go on past a bad one', async () => {
    const { code, stdout, stderr } = await run([dir, '--as', 'article']);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(code).toBe(1);
    expect(lines.map((line) => [line.file, Object.keys(line).sort().join(',')])).toEqual([
      [join(dir, '1.txt'), 'doc,file'],
      [join(dir, '2.bin'), 'error,file'],
      [join(dir, '3.txt'), 'doc,file'],
    ]);
    expect(stderr).toMatch(/1 of 3 inputs failed:\n {2}.*2\.bin: binary input/);
  });

  it.each([
    ['jsonld', 'jsonld'],
    ['markdown', 'markdown'],
  ])('should name the %s field in batch lines', async (format, field) => {
    const { stdout } = await run([good, good, '--format', format]);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => Object.keys(line).sort())).toEqual([[field, 'file'].sort(), [field, 'file'].sort()]);
  });

  it.each([[['--format', 'xml', 'x']], [[]]])('should exit with 2 and usage on %j', async (argv) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage:');
  });

  it('should print usage on --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect([code, stdout.startsWith('Usage:')]).toEqual([0, true]);
  });
});
